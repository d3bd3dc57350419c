-- 0011: the imputed enterprises of a close keep every item of form AI-1, so that a later close can take, for an
-- enterprise returning after a gap, the YTD the last close that carried it used (statistics.md "Values": the month
-- values of a year add up to its YTD).
ALTER TABLE close_imputations ADD COLUMN ai_software_ytd DECIMAL(18,2);
ALTER TABLE close_imputations ADD COLUMN ai_services_ytd DECIMAL(18,2);
ALTER TABLE close_imputations ADD COLUMN ai_products_ytd DECIMAL(18,2);
ALTER TABLE close_imputations ADD COLUMN ai_patents_ytd DECIMAL(18,2);
ALTER TABLE close_imputations ADD COLUMN compute_used_ytd DECIMAL(18,2);
