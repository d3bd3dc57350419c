-- Issue 15: each classification carries the MD5 of everything it was computed from (the register row, the latest
-- current report's revenue and AI revenue, the current override, and the classifier's rules version: edition, the
-- hash of its loaded keyword list and tables, the build). A refresh classifies only enterprises whose current inputs
-- hash differently or that have none (NULL: written before this column, or by a classify function of unknown rules).
ALTER TABLE classifications ADD COLUMN inputs_md5 VARCHAR;
