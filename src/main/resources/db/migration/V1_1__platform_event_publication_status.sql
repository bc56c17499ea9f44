-- Spring Modulith 2 tracks each event publication's status, its completion attempts and its last resubmission
-- (the registry of spring-modulith-events-jpa 2.x). Publications written under 1.x: completed ones are COMPLETED,
-- the others PUBLISHED (they are republished at restart as before).
ALTER TABLE event_publication ADD COLUMN status VARCHAR(20);
ALTER TABLE event_publication ADD COLUMN completion_attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE event_publication ADD COLUMN last_resubmission_date TIMESTAMP WITH TIME ZONE;
UPDATE event_publication SET status = CASE WHEN completion_date IS NULL THEN 'PUBLISHED' ELSE 'COMPLETED' END;
