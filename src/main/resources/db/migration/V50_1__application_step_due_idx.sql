-- Vendor assessment (Art. 31): the vendor's steps whose deadline falls in a period.
CREATE INDEX app_step_group_due_idx ON app_step (candidate_group, due_at);
