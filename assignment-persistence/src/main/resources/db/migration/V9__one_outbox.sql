-- Replies and event deliveries are rows of one kind of outbox (persistence.outbox.OutboxTable):
-- every attempt records when it was made and by which instance, in both tables.
alter table line_reply add column last_attempt_at timestamptz;
alter table line_reply add column last_attempt_by text;
