-- RANDOM picks a uniformly random position and looks that member up, instead of sorting the team.
create index team_member_position on team_member (team_id, position);
