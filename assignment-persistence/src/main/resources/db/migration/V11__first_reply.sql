-- When the agent holding a conversation first answered it (POST /conversations/{id}/replied):
-- it belongs to the current holder, so it is cleared when the conversation changes hands.
alter table conversation add column first_replied_at timestamptz;
