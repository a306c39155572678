-- Why a stored LINE event was not acted on: it carried a value Tether can never process (a NUL, an
-- id far longer than LINE's). NULL for every event that was processed.
alter table line_event add column skip_reason text;
