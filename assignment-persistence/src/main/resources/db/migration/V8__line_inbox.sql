-- The webhook stores LINE events first and acts on them afterwards, in batches: line_event is
-- also the inbox, and processed_at is null while an event waits in it. What an event asks of
-- Tether is read once, at intake: action is FOLLOW or TEXT for an active one-to-one chat (null
-- for events that are only recorded and forwarded), line_user_id that chat's user, whose events
-- are applied one at a time in LINE's order (event_ts, then arrival), message_text and
-- reply_token what a TEXT carries.
alter table line_event add column event_ts bigint;
alter table line_event add column action text check (action in ('FOLLOW', 'TEXT'));
alter table line_event add column line_user_id text;
alter table line_event add column message_text text;
alter table line_event add column reply_token text;
alter table line_event add column processed_at timestamptz;
update line_event set processed_at = received_at;

create index line_event_inbox on line_event (id) where processed_at is null;
create index line_event_lane on line_event (channel_id, line_user_id, event_ts, id)
    where processed_at is null and line_user_id is not null;
