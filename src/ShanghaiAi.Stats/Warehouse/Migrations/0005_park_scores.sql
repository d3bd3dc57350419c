-- 0005: park intelligence index scores of each vintage (park-index.md), kept for score trends across periods.
CREATE TABLE park_scores (
    vintage_id      VARCHAR NOT NULL,
    period          DATE NOT NULL,
    park_id         VARCHAR NOT NULL,
    score           DOUBLE,                      -- NULL = no score (too many indicators missing)
    rank            INTEGER,
    rank_p05        INTEGER,
    rank_p95        INTEGER,
    rank_median     DOUBLE,
    dimensions_json VARCHAR NOT NULL,            -- {"A": 71.2, ...}
    method_version  VARCHAR NOT NULL,
    flags           VARCHAR NOT NULL,            -- ';'-separated
    computed_at     TIMESTAMP NOT NULL
);
