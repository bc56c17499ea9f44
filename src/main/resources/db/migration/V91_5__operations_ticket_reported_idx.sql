-- Vendor assessment (Art. 31): tickets reported in a period are counted by report time.
CREATE INDEX ops_ticket_reported_idx ON ops_ticket (reported_at);
