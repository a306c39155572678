-- Shifts and opening hours. A schedule is kept as written (jsonb, read by core's ScheduleForm);
-- next to it, what it says now and when that next changes, so routing's queries read two columns
-- and a boundary is a timer any instance fires: the rows whose change is due.
alter table agent add column schedule            jsonb;
alter table agent add column schedule_open       boolean not null default true;
alter table agent add column schedule_changes_at timestamptz;
create index agent_schedule_due on agent (schedule_changes_at) where schedule_changes_at is not null;

alter table team add column schedule            jsonb;
alter table team add column schedule_open       boolean not null default true;
alter table team add column schedule_changes_at timestamptz;
create index team_schedule_due on team (schedule_changes_at) where schedule_changes_at is not null;

-- What a contact is told when a team outside its hours queues their new conversation (null: nothing).
alter table team add column out_of_hours_reply text;

-- Why a rule moved a conversation (SCHEDULE_OPENED, AGENT_DEACTIVATED, ...); null for other changes.
alter table assignment_log add column reason text;
