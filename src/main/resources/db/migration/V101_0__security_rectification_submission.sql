-- The unit submits its rectification of a finding before the re-inspection (Art. 25)
ALTER TABLE sec_finding ADD COLUMN rectification_note VARCHAR(2000);
ALTER TABLE sec_finding ADD COLUMN rectified_by VARCHAR(100);
ALTER TABLE sec_finding ADD COLUMN rectified_at TIMESTAMP WITH TIME ZONE;
