-- The boundary timer gets a table of its own. Indexed on the agent and team rows, every change of
-- an agent's load (a non-HOT update: the load is indexed) wrote one more index entry for agents
-- with a schedule, and the timer's row locks met routing's; here it locks only its own rows.
drop index agent_schedule_due;
drop index team_schedule_due;

create table schedule_boundary (
    owner    text        not null check (owner in ('TEAM', 'AGENT')),
    owner_id bigint      not null,
    due_at   timestamptz not null,
    primary key (owner, owner_id)
);
create index schedule_boundary_due on schedule_boundary (due_at);

insert into schedule_boundary (owner, owner_id, due_at)
select 'AGENT', id, schedule_changes_at from agent where schedule_changes_at is not null
union all
select 'TEAM', id, schedule_changes_at from team where schedule_changes_at is not null;
