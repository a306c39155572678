-- An org's own wording: the replies to a binding code and the message a binding link pre-fills.
-- Null keeps the fixed texts of the HTTP contract.
alter table org add column reply_success   text;
alter table org add column reply_conflict  text;
alter table org add column reply_invalid   text;
alter table org add column binding_message text;
