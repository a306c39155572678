package dev.tether.persistence.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tether.persistence.team.Team;
import dev.tether.persistence.team.TeamService;

/**
 * The org's active teams that have a code, and who belongs to each. Only these are what an agents
 * file can name; membership of teams without a code is left alone.
 */
final class CodedTeams {

	private final Map<String, Team> byCode = new LinkedHashMap<>();

	private final Map<Long, List<Long>> members = new HashMap<>();

	private final Map<Long, Set<String>> codesByAgent = new HashMap<>();

	private CodedTeams() {
	}

	static CodedTeams of(TeamService teams, long orgId) {
		CodedTeams coded = new CodedTeams();
		for (Team team : teams.list(orgId)) {
			if (team.getCode() != null) {
				List<Long> memberIds = teams.memberIds(team.getId());
				coded.byCode.put(team.getCode(), team);
				coded.members.put(team.getId(), memberIds);
				memberIds.forEach(agentId -> coded.codesByAgent.computeIfAbsent(agentId, id -> new HashSet<>())
					.add(team.getCode()));
			}
		}
		return coded;
	}

	boolean has(String code) {
		return byCode.containsKey(code);
	}

	Set<String> codesOf(long agentId) {
		return codesByAgent.getOrDefault(agentId, Set.of());
	}

	/**
	 * Gives each agent in {@code wanted} exactly the coded teams it names. Members the file does not
	 * name keep their place; leavers go, newcomers join at the end, and each team changes at most once.
	 */
	void place(TeamService teams, long orgId, Map<Long, Set<String>> wanted) {
		for (Team team : byCode.values()) {
			List<Long> current = members.get(team.getId());
			Set<Long> staying = new HashSet<>();
			List<Long> next = new ArrayList<>();
			for (Long agentId : current) {
				if (!wanted.containsKey(agentId) || wanted.get(agentId).contains(team.getCode())) {
					staying.add(agentId);
					next.add(agentId);
				}
			}
			wanted.forEach((agentId, codes) -> {
				if (codes.contains(team.getCode()) && !staying.contains(agentId)) {
					next.add(agentId);
				}
			});
			if (!next.equals(current)) {
				teams.replaceMembers(orgId, team.getId(), next);
			}
		}
	}
}
