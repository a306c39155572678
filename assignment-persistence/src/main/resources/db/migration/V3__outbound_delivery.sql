-- Outbound events reach other systems through subscriptions; each (subscription, event) pair is
-- a delivery row, retried with backoff by any instance until delivered or given up.

create table event_subscription (
    id         bigint generated always as identity primary key,
    org_id     bigint      not null references org (id),
    url        text        not null,
    secret     text        not null,
    types      text[]      not null,
    active     boolean     not null default true,
    created_at timestamptz not null
);
create index event_subscription_by_org on event_subscription (org_id) where active;

create table event_delivery (
    id               bigint generated always as identity primary key,
    subscription_id  bigint      not null references event_subscription (id),
    event_id         uuid        not null references outbound_event (id),
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    lease_until      timestamptz,
    give_up_at       timestamptz not null,
    last_status_code integer,
    last_error       text,
    last_attempt_at  timestamptz,
    last_attempt_by  text,
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    unique (subscription_id, event_id)
);
create index event_delivery_due on event_delivery (next_attempt_at) where status = 'PENDING';
create index event_delivery_by_subscription on event_delivery (subscription_id, id);

-- Rotation over the whole org, for assignments to "any agent".
alter table org add column turn_counter bigint not null default 0;
alter table agent add column last_org_turn bigint not null default 0;
create index agent_org_rotation on agent (org_id, last_org_turn, id) where active;
create index agent_org_load on agent (org_id, open_conversations, last_org_turn, id) where active;
