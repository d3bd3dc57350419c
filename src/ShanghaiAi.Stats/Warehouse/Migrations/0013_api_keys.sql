-- API keys of the functions app (issue 13): only the SHA-256 of a key is kept; the key itself is shown once.
CREATE TABLE api_keys (
    key_id      VARCHAR PRIMARY KEY,          -- the key's public prefix, e.g. k-1a2b3c4d (shown by keys list)
    key_sha256  VARCHAR NOT NULL UNIQUE,      -- hex SHA-256 of the whole key
    role        VARCHAR NOT NULL,             -- statistician | association | park | enterprise | planner
    scope       VARCHAR,                      -- association id, park id or credit code
    created_at  TIMESTAMP NOT NULL,
    revoked_at  TIMESTAMP
);
