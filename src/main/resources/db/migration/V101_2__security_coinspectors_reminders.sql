-- Art. 25: the departments inspecting with the 网信办, and the reminders of rectification deadlines
ALTER TABLE sec_inspection ADD COLUMN co_inspectors VARCHAR(100);
ALTER TABLE sec_finding ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sec_finding ADD COLUMN overdue_noticed_at TIMESTAMP WITH TIME ZONE;
