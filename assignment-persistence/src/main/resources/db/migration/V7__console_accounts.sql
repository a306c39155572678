-- The web console: people sign in with email and password. An agent gets a password through an
-- invite link; failed sign-ins are counted per email so guessing is throttled on every instance.

-- One password per agent, hashed by a self-describing encoder ({bcrypt}..., {argon2}...).
create table console_credential (
    agent_id        bigint      primary key references agent (id),
    password_hash   text        not null,
    password_set_at timestamptz not null
);

-- An invite link's secret is shown once; only its SHA-256 is kept. Single use, and a newer
-- invite for the same agent revokes the older ones still open.
create table console_invite (
    id          bigint generated always as identity primary key,
    org_id      bigint      not null references org (id),
    agent_id    bigint      not null references agent (id),
    secret_hash text        not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz
);
create index console_invite_open_by_agent on console_invite (agent_id) where used_at is null and revoked_at is null;

-- Consecutive failed sign-ins per email (lower case), whether or not an account has that email.
create table console_sign_in_failure (
    email          text        primary key,
    failures       integer     not null,
    last_failed_at timestamptz not null,
    locked_until   timestamptz
);
