-- What a team does when a member leaves, and when nobody answers.
alter table team add column on_agent_leave              text    not null default 'KEEP';
alter table team add column leave_grace_seconds         integer not null default 60;
alter table team add column unanswered_transfer_seconds integer;

-- When an agent's declared presence last changed, and when their shift last opened or closed:
-- an agent counts as gone since then, and their team's grace runs from it.
alter table agent add column presence_changed_at timestamptz;
alter table agent add column schedule_changed_at timestamptz;
alter table team  add column schedule_changed_at timestamptz;

-- routed: the holder got the conversation from its team's routing (only those are requeued or
-- transferred); in_team_since: when it entered the team, the queuedSince it goes back to the
-- queue with; answer_due_at: the unanswered-transfer timer of this assignment; transferred:
-- the conversation has been moved for not being answered (once is all).
alter table conversation add column routed        boolean not null default false;
alter table conversation add column in_team_since timestamptz;
alter table conversation add column answer_due_at timestamptz;
alter table conversation add column transferred   boolean not null default false;
-- The member it was taken from for not answering: while it waits in the queue, not them again.
alter table conversation add column passed_over_agent_id bigint references agent (id);
create index conversation_answer_due on conversation (answer_due_at) where answer_due_at is not null;

-- An org's choice for a bound contact whose agent is not available: ASSIGN (to the agent all the
-- same) or TEAM (to the binding's team or the default team, the binding kept).
alter table org add column bound_agent_unavailable text not null default 'ASSIGN';
