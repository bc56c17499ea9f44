-- Tickets on an application system (Art. 16): a ticket is about a service instance or a unit's application system
-- (security module's inventory, referenced by id and name only).
ALTER TABLE ops_ticket ALTER COLUMN instance_id DROP NOT NULL;
ALTER TABLE ops_ticket ALTER COLUMN instance_code DROP NOT NULL;
ALTER TABLE ops_ticket ALTER COLUMN product_name DROP NOT NULL;
ALTER TABLE ops_ticket ADD COLUMN system_id BIGINT;
ALTER TABLE ops_ticket ADD COLUMN system_name VARCHAR(200);
CREATE INDEX ops_ticket_system_idx ON ops_ticket (system_id);
