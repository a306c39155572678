-- Schedules get a table of their own: the schedule as written and its boundary timer, one row per
-- team or agent that has one. On the agent and team rows stay only the two small columns routing
-- reads (schedule_open, schedule_changes_at). Kept on the rows, the schedule's text made every
-- agent row it was on wider, and every change of that agent's load (a non-HOT update: the load is
-- indexed) rewrote it and an entry in the timer's index; and the timer's row locks met routing's.
create table schedule (
    owner    text        not null check (owner in ('TEAM', 'AGENT')),
    owner_id bigint      not null,
    org_id   bigint      not null references org (id),
    body     jsonb       not null,
    due_at   timestamptz,
    primary key (owner, owner_id)
);
create index schedule_due on schedule (due_at) where due_at is not null;
create index schedule_org on schedule (org_id, owner);

insert into schedule (owner, owner_id, org_id, body, due_at)
select 'AGENT', id, org_id, schedule, schedule_changes_at from agent where schedule is not null
union all
select 'TEAM', id, org_id, schedule, schedule_changes_at from team where schedule is not null;

drop index agent_schedule_due;
drop index team_schedule_due;
alter table agent drop column schedule;
alter table team drop column schedule;
