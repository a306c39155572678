-- Reports read the assignment log and closed conversations of one org over a period.
create index assignment_log_by_org_time on assignment_log (org_id, occurred_at);
create index conversation_closed_by_org on conversation (org_id, closed_at) where closed_at is not null;
