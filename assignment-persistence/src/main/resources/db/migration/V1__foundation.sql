-- Tether's foundation: orgs and their tokens, LINE channels, agents and teams, contacts with
-- their bindings and conversations, binding codes, the assignment log, processed LINE events,
-- and the outboxes for LINE replies and outbound events.

create table org (
    id              bigint generated always as identity primary key,
    name            text        not null,
    timezone        text        not null,
    assignment_mode text        not null default 'PERMANENT' check (assignment_mode in ('PERMANENT', 'GENERAL')),
    auto_tags       text[]      not null default '{}',
    default_team_id bigint,
    created_at      timestamptz not null default now()
);

create table agent (
    id                bigint generated always as identity primary key,
    org_id            bigint      not null references org (id),
    email             text        not null,
    name              text        not null,
    role              text        not null check (role in ('OWNER', 'ADMIN', 'MANAGER', 'AGENT')),
    external_code     text,
    max_open_contacts integer check (max_open_contacts >= 0),
    auto_tags         text[]      not null default '{}',
    active            boolean     not null default true,
    presence          text        not null default 'OFFLINE' check (presence in ('ONLINE', 'AWAY', 'OFFLINE')),
    last_heartbeat_at timestamptz,
    created_at        timestamptz not null default now()
);
create unique index agent_email_per_org on agent (org_id, lower(email));
create unique index agent_external_code_per_org on agent (org_id, external_code);

create table team (
    id                    bigint generated always as identity primary key,
    org_id                bigint      not null references org (id),
    name                  text        not null,
    code                  text,
    strategy              text        not null check (strategy in ('MANUAL', 'ROUND_ROBIN', 'LEAST_OPEN', 'RANDOM')),
    online_only           boolean     not null default false,
    max_open_contacts     integer check (max_open_contacts >= 0),
    queue_timeout_seconds integer     not null default 604800 check (queue_timeout_seconds between 1 and 604800),
    auto_tags             text[]      not null default '{}',
    active                boolean     not null default true,
    turn_counter          bigint      not null default 0,
    created_at            timestamptz not null default now()
);
create unique index team_code_per_org on team (org_id, code) where active;

alter table org add constraint org_default_team foreign key (default_team_id) references team (id);

-- position keeps a stable member order; last_turn is when the member last took work (0 = never).
create table team_member (
    team_id   bigint not null references team (id),
    agent_id  bigint not null references agent (id),
    position  bigint not null,
    last_turn bigint not null default 0,
    primary key (team_id, agent_id)
);
create index team_member_by_agent on team_member (agent_id);

create table api_token (
    id         bigint generated always as identity primary key,
    org_id     bigint      not null references org (id),
    name       text        not null,
    role       text        not null check (role in ('OWNER', 'ADMIN', 'MANAGER', 'AGENT', 'INTEGRATION')),
    agent_id   bigint references agent (id),
    token_hash text        not null unique,
    created_at timestamptz not null default now(),
    revoked_at timestamptz
);

create table channel (
    id                   bigint generated always as identity primary key,
    org_id               bigint      not null references org (id),
    name                 text        not null,
    basic_id             text        not null,
    channel_secret       text        not null,
    channel_access_token text        not null,
    binding_key          bytea       not null,
    created_at           timestamptz not null default now()
);

create table binding_code (
    id         bigint generated always as identity primary key,
    org_id     bigint      not null references org (id),
    channel_id bigint      not null references channel (id),
    agent_id   bigint references agent (id),
    team_id    bigint references team (id),
    code       text        not null unique,
    created_at timestamptz not null default now(),
    revoked_at timestamptz,
    check (agent_id is not null or team_id is not null)
);
create index binding_code_by_target on binding_code (channel_id, team_id, agent_id) where revoked_at is null;

create table contact (
    id           bigint generated always as identity primary key,
    org_id       bigint      not null references org (id),
    channel_id   bigint      not null references channel (id),
    line_user_id text        not null,
    display_name text,
    tags         text[]      not null default '{}',
    created_at   timestamptz not null default now(),
    unique (channel_id, line_user_id)
);

create table binding (
    contact_id bigint primary key references contact (id),
    org_id     bigint      not null references org (id),
    agent_id   bigint references agent (id),
    team_id    bigint references team (id),
    mode       text        not null check (mode in ('PERMANENT', 'GENERAL')),
    source     text        not null,
    since      timestamptz not null,
    check (agent_id is not null or team_id is not null)
);
create index binding_by_agent on binding (agent_id);

create table conversation (
    id           bigint generated always as identity primary key,
    org_id       bigint      not null references org (id),
    channel_id   bigint      not null references channel (id),
    contact_id   bigint      not null references contact (id),
    status       text        not null check (status in ('UNASSIGNED', 'QUEUED', 'ASSIGNED', 'TIMED_OUT', 'CLOSED')),
    agent_id     bigint references agent (id),
    team_id      bigint references team (id),
    queued_since timestamptz,
    opened_at    timestamptz not null,
    closed_at    timestamptz
);
-- A contact has at most one conversation that is not closed.
create unique index conversation_live_per_contact on conversation (contact_id) where status <> 'CLOSED';
create index conversation_open_by_agent on conversation (agent_id) where status = 'ASSIGNED';
create index conversation_by_org_status on conversation (org_id, status);

create table assignment_log (
    id              bigint generated always as identity primary key,
    org_id          bigint      not null references org (id),
    contact_id      bigint      not null references contact (id),
    conversation_id bigint references conversation (id),
    kind            text        not null check (kind in ('BINDING', 'ASSIGNEE')),
    from_agent_id   bigint,
    from_team_id    bigint,
    to_agent_id     bigint,
    to_team_id      bigint,
    source          text        not null check (source in ('QR', 'API', 'RULE', 'MANUAL', 'TIMEOUT')),
    actor           text        not null,
    occurred_at     timestamptz not null
);
create index assignment_log_by_contact on assignment_log (contact_id, occurred_at);

-- Every LINE webhook event as received; webhook_event_id deduplicates redeliveries.
create table line_event (
    id               bigint generated always as identity primary key,
    channel_id       bigint      not null references channel (id),
    webhook_event_id text,
    type             text        not null,
    payload          text        not null,
    received_at      timestamptz not null default now()
);
create unique index line_event_dedup on line_event (channel_id, webhook_event_id) where webhook_event_id is not null;

-- The reply outbox: one row per reply to LINE, delivered and retried by any instance.
create table line_reply (
    id               bigint generated always as identity primary key,
    org_id           bigint      not null references org (id),
    channel_id       bigint      not null references channel (id),
    contact_id       bigint      not null references contact (id),
    line_event_id    bigint      not null references line_event (id),
    reply_token      text        not null,
    text             text        not null,
    status           text        not null check (status in ('PENDING', 'SENT', 'FAILED', 'EXPIRED')),
    attempts         integer     not null default 0,
    last_status_code integer,
    last_error       text,
    next_attempt_at  timestamptz not null,
    lease_until      timestamptz,
    expires_at       timestamptz not null,
    created_at       timestamptz not null,
    sent_at          timestamptz
);
create index line_reply_due on line_reply (next_attempt_at) where status = 'PENDING';
create index line_reply_by_contact on line_reply (contact_id, created_at);

-- Outbound events for other systems (contact.tagged, assignment.changed, ...).
create table outbound_event (
    id          uuid primary key,
    org_id      bigint      not null references org (id),
    type        text        not null,
    data        text        not null,
    occurred_at timestamptz not null
);
create index outbound_event_by_org on outbound_event (org_id, occurred_at);
