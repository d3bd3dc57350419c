-- 0004: what a period close records beside its indicator cells (vintages and indicator_cells are in 0001).
-- Both tables are written once per vintage and never updated: the audit trail of a release.

-- The values a close estimated for a non-responding enterprise (ratio imputation, statistics.md "Non-response").
-- Stored reports are never touched: imputed figures live here, keyed by the vintage that used them.
CREATE TABLE close_imputations (
    vintage_id          VARCHAR NOT NULL,
    uscc                VARCHAR NOT NULL,
    period              DATE NOT NULL,
    base_period         DATE NOT NULL,            -- the enterprise's last report, carried forward
    months_imputed      INTEGER NOT NULL,         -- 1 or 2 consecutive months
    revenue_ytd         DECIMAL(18,2),
    ai_revenue_ytd      DECIMAL(18,2),
    profit_ytd          DECIMAL(18,2),
    rd_expense_ytd      DECIMAL(18,2),
    employees_end       DECIMAL(18,2),
    rd_staff_end        DECIMAL(18,2)
);

-- Enterprises in scope that did not report and can no longer be imputed (or never reported): follow up.
CREATE TABLE close_followups (
    vintage_id          VARCHAR NOT NULL,
    uscc                VARCHAR NOT NULL,
    period              DATE NOT NULL,
    last_report_period  DATE                      -- NULL: no report in the twelve months before the period
);
