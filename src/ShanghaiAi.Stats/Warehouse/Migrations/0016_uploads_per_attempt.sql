-- Re-uploads are idempotent per row, not per file: the same file (sha256, kind, actor) may be processed again after
-- its cause was fixed (the register now holds its enterprises; the right sheet was named), each time as a new upload.
-- So (sha256, kind, actor) is no longer unique; upload_id stays the key (new ids are made unique by the ingest). DuckDB cannot drop a constraint: the table
-- is rebuilt with its columns as they are.
CREATE TABLE uploads_rebuilt AS SELECT * FROM uploads;
DROP TABLE uploads;
ALTER TABLE uploads_rebuilt RENAME TO uploads;
