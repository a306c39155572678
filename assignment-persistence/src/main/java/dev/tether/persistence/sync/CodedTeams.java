package dev.tether.persistence.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tether.persistence.team.TeamService;
import dev.tether.persistence.team.TeamView;

/**
 * The org's active teams that have a code, and who belongs to each. Only these are what an agents
 * file can name; membership of teams without a code is left alone.
 */
final class CodedTeams {

	private final Map<String, TeamView> byCode = new LinkedHashMap<>();

	private final Map<Long, List<Long>> members = new HashMap<>();

	private final Map<Long, Set<String>> codesByAgent = new HashMap<>();

	private CodedTeams() {
	}

	static CodedTeams of(TeamService teams, long orgId) {
		CodedTeams coded = new CodedTeams();
		for (TeamView team : teams.list(orgId)) {
			if (team.code() != null) {
				List<Long> memberIds = teams.memberIds(team.id());
				coded.byCode.put(team.code(), team);
				coded.members.put(team.id(), memberIds);
				memberIds.forEach(agentId -> coded.codesByAgent.computeIfAbsent(agentId, id -> new HashSet<>())
					.add(team.code()));
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
		for (TeamView team : byCode.values()) {
			List<Long> current = members.get(team.id());
			Set<Long> staying = new HashSet<>();
			List<Long> next = new ArrayList<>();
			for (Long agentId : current) {
				if (!wanted.containsKey(agentId) || wanted.get(agentId).contains(team.code())) {
					staying.add(agentId);
					next.add(agentId);
				}
			}
			wanted.forEach((agentId, codes) -> {
				if (codes.contains(team.code()) && !staying.contains(agentId)) {
					next.add(agentId);
				}
			});
			if (!next.equals(current)) {
				teams.replaceMembers(orgId, team.id(), next);
			}
		}
	}
}
