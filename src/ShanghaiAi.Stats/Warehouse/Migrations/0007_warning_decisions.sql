-- 0007: a statistician's decision on a soft-rule warning of an accepted row (statistics.md "Validation edits":
-- soft edits accept the row with a warning that a statistician can confirm or send back). History is kept: the
-- latest decision for (upload_id, source_row, rule_id) is in force.
CREATE TABLE warning_decisions (
    upload_id   VARCHAR NOT NULL,
    source_row  INTEGER NOT NULL,
    rule_id     VARCHAR NOT NULL,
    decision    VARCHAR NOT NULL,      -- confirmed | sent-back
    note        VARCHAR,
    decided_by  VARCHAR NOT NULL,
    decided_at  TIMESTAMP NOT NULL
);
