-- Cell-key perturbation (ONS, Census 2021): every record counted in evaluation releases carries a
-- stable random record key, 0-65535, drawn once and never changed. A released cell's key is the sum
-- of its records' keys (mod 256 for counts, mod 65536 for sums), so the same set of people or
-- conversations always gets the same noise (docs/evaluation.md, "Disclosure control").
-- New rows draw their key from the column default; existing rows get one here.
ALTER TABLE resident ADD COLUMN record_key INT NOT NULL DEFAULT (FLOOR(RAND() * 65536));
UPDATE resident SET record_key = FLOOR(RAND() * 65536);
ALTER TABLE mecc_conversation ADD COLUMN record_key INT NOT NULL DEFAULT (FLOOR(RAND() * 65536));
UPDATE mecc_conversation SET record_key = FLOOR(RAND() * 65536);
