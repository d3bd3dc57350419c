-- 0001: the core schema. Money in 千元 is DECIMAL(18,2); periods are the DATE of the month's first day.
-- History: rows are never updated in place except to close their validity (superseded_at / valid_to).

CREATE TABLE uploads (
    upload_id      VARCHAR PRIMARY KEY,          -- 'U' + first 16 hex of the SHA-256 of the raw file
    sha256         VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,             -- register | member-roster | monthly-report | park-report
    file_name      VARCHAR NOT NULL,
    role           VARCHAR NOT NULL,             -- statistician | association | park | enterprise
    actor          VARCHAR NOT NULL,             -- the caller's id (association id, park id, user)
    archive_path   VARCHAR NOT NULL,
    received_at    TIMESTAMP NOT NULL,
    status         VARCHAR NOT NULL,             -- received | loaded | rejected-file | failed
    data_rows      INTEGER,
    accepted       INTEGER,
    rejected       INTEGER,
    duplicates     INTEGER,
    report_json    VARCHAR,
    UNIQUE (sha256, kind, actor)
);

CREATE TABLE register (
    uscc           VARCHAR NOT NULL,
    name           VARCHAR NOT NULL,
    district_code  VARCHAR,
    park_id        VARCHAR,
    industry_code  VARCHAR,
    business_scope VARCHAR,
    main_products  VARCHAR,
    registered_on  DATE,
    size_class     VARCHAR,                      -- 规上 | 规下
    source         VARCHAR NOT NULL,             -- register | association:ID | demo
    upload_id      VARCHAR,
    valid_from     TIMESTAMP NOT NULL,
    valid_to       TIMESTAMP                     -- NULL = current
);

CREATE TABLE memberships (
    uscc             VARCHAR NOT NULL,
    association_id   VARCHAR NOT NULL,
    membership_since DATE,
    upload_id        VARCHAR,
    recorded_at      TIMESTAMP NOT NULL
);

CREATE TABLE register_conflicts (
    uscc           VARCHAR NOT NULL,
    field          VARCHAR NOT NULL,
    current_value  VARCHAR,
    proposed_value VARCHAR,
    source         VARCHAR NOT NULL,
    upload_id      VARCHAR,
    recorded_at    TIMESTAMP NOT NULL,
    resolved_at    TIMESTAMP
);

CREATE TABLE reports (
    uscc                 VARCHAR NOT NULL,
    period               DATE NOT NULL,
    revenue_ytd          DECIMAL(18,2),
    revenue_ytd_prev     DECIMAL(18,2),
    ai_revenue_ytd       DECIMAL(18,2),
    ai_revenue_ytd_prev  DECIMAL(18,2),
    ai_software_ytd      DECIMAL(18,2),
    ai_services_ytd      DECIMAL(18,2),
    ai_products_ytd      DECIMAL(18,2),
    profit_ytd           DECIMAL(18,2),
    profit_ytd_prev      DECIMAL(18,2),
    rd_expense_ytd       DECIMAL(18,2),
    rd_expense_ytd_prev  DECIMAL(18,2),
    employees_end        INTEGER,
    rd_staff_end         INTEGER,
    ai_patents_ytd       INTEGER,
    compute_used_ytd     DECIMAL(18,2),
    upload_id            VARCHAR NOT NULL,
    source_row           INTEGER,
    received_at          TIMESTAMP NOT NULL,
    revision             INTEGER NOT NULL,       -- 1 = first report for (uscc, period)
    superseded_at        TIMESTAMP               -- NULL = current
);

CREATE TABLE park_reports (
    park_id                 VARCHAR NOT NULL,
    period                  DATE NOT NULL,
    compute_capacity_pflops DECIMAL(18,2),
    public_compute_sme_share DECIMAL(9,2),
    open_datasets           INTEGER,
    scenarios_opened        INTEGER,
    demonstration_projects  INTEGER,
    financing_raised        DECIMAL(18,2),
    incubator_area          DECIMAL(18,2),
    talent_services         INTEGER,
    ip_services             INTEGER,
    rent_relief             DECIMAL(18,2),
    pue                     DECIMAL(6,3),
    ethics_review           BOOLEAN,
    upload_id               VARCHAR NOT NULL,
    received_at             TIMESTAMP NOT NULL,
    revision                INTEGER NOT NULL,
    superseded_at           TIMESTAMP
);

CREATE TABLE classifications (
    uscc                 VARCHAR NOT NULL,
    edition              VARCHAR NOT NULL,
    category             VARCHAR NOT NULL,       -- 4 digits or 00
    category_l1          VARCHAR NOT NULL,
    secondary_categories VARCHAR,                -- ';'-separated
    scope_basis          VARCHAR NOT NULL,       -- class | text | revenue-share | override | none
    ai_enterprise        BOOLEAN NOT NULL,
    confidence           DOUBLE NOT NULL,
    review               BOOLEAN NOT NULL,
    evidence             VARCHAR NOT NULL,
    classified_at        TIMESTAMP NOT NULL,
    valid_to             TIMESTAMP               -- NULL = current
);

CREATE TABLE classification_overrides (
    uscc          VARCHAR NOT NULL,
    category      VARCHAR NOT NULL,
    reason        VARCHAR NOT NULL,
    decided_by    VARCHAR NOT NULL,
    decided_at    TIMESTAMP NOT NULL,
    superseded_at TIMESTAMP
);

CREATE TABLE vintages (
    vintage_id    VARCHAR PRIMARY KEY,           -- e.g. 2026-09.v2
    period        DATE NOT NULL,
    sequence      INTEGER NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    settings_json VARCHAR NOT NULL,
    summary_json  VARCHAR
);

CREATE TABLE indicator_cells (
    vintage_id     VARCHAR NOT NULL,
    period         DATE NOT NULL,
    indicator_code VARCHAR NOT NULL,
    breakdown      VARCHAR NOT NULL,
    breakdown_code VARCHAR NOT NULL,
    value          DECIMAL(24,4),
    value_ytd      DECIMAL(24,4),
    value_ytd_prev DECIMAL(24,4),
    yoy_pct        DECIMAL(12,1),
    unit           VARCHAR NOT NULL,
    contributors   INTEGER NOT NULL,
    obs_status     VARCHAR NOT NULL,
    conf_status    VARCHAR NOT NULL
);
