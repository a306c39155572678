-- Routing: live load per agent, the team queue and its deadline, and indexes that keep a
-- routing decision's cost independent of team size.

-- How many ASSIGNED conversations an agent holds right now. Capacity is checked and taken with
-- one conditional UPDATE of this column, so concurrent decisions can never overfill an agent.
alter table agent add column open_conversations integer not null default 0 check (open_conversations >= 0);

-- The same count, copied onto each membership so LEAST_OPEN can walk an index of the team.
alter table team_member add column open_conversations integer not null default 0;

create index team_member_rotation on team_member (team_id, last_turn, position);
create index team_member_load on team_member (team_id, open_conversations, last_turn, position);

alter table conversation add column queue_deadline timestamptz;
alter table conversation add column assigned_at timestamptz;
-- How long the conversation waited in a team queue before its current assignment, if it did.
alter table conversation add column queue_wait_ms bigint;

create index conversation_queue on conversation (team_id, queued_since, id) where status = 'QUEUED';
create index conversation_queue_deadline on conversation (queue_deadline) where status = 'QUEUED';
