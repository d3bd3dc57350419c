-- 0014: honest releases (issue 11). A vintage counts as released only when its files are complete and in place
-- (released_at); vintages stored before this migration were released with them. Stored cell types hold any sum of
-- valid inputs: values DECIMAL(38,4), yoy_pct DECIMAL(38,1) (a 16-digit profit against a small base gave a yoy of
-- 13 digits, too many for DECIMAL(12,1)); the close's imputation keeps DECIMAL(38,2).
ALTER TABLE vintages ADD COLUMN released_at TIMESTAMP;
UPDATE vintages SET released_at = created_at;
ALTER TABLE indicator_cells ALTER COLUMN value TYPE DECIMAL(38,4);
ALTER TABLE indicator_cells ALTER COLUMN value_ytd TYPE DECIMAL(38,4);
ALTER TABLE indicator_cells ALTER COLUMN value_ytd_prev TYPE DECIMAL(38,4);
ALTER TABLE indicator_cells ALTER COLUMN yoy_pct TYPE DECIMAL(38,1);
ALTER TABLE close_imputations ALTER COLUMN revenue_ytd TYPE DECIMAL(38,2);
ALTER TABLE close_imputations ALTER COLUMN ai_revenue_ytd TYPE DECIMAL(38,2);
ALTER TABLE close_imputations ALTER COLUMN profit_ytd TYPE DECIMAL(38,2);
ALTER TABLE close_imputations ALTER COLUMN rd_expense_ytd TYPE DECIMAL(38,2);
ALTER TABLE close_imputations ALTER COLUMN employees_end TYPE DECIMAL(38,2);
ALTER TABLE close_imputations ALTER COLUMN rd_staff_end TYPE DECIMAL(38,2);
