package dev.tether.core.routing;

import java.util.List;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;

import dev.tether.core.presence.PresenceStatus;
import dev.tether.core.team.AgentId;

/** Team members as routing sees them; every member starts active, online, idle, uncapped and never served. */
final class Members {

	private Members() {
	}

	/** Agent {@code id} holds position {@code id}, so ids also read as join order. */
	static Member anAgent(long id) {
		return new Member(id);
	}

	static Candidate anOnlineAgent(long id) {
		return anAgent(id).candidate();
	}

	static Candidate anAwayAgent(long id) {
		return anAgent(id).in(PresenceStatus.AWAY).candidate();
	}

	static Candidate anOfflineAgent(long id) {
		return anAgent(id).in(PresenceStatus.OFFLINE).candidate();
	}

	static Candidate anInactiveAgent(long id) {
		return anAgent(id).inactive().candidate();
	}

	/** Agents 1 to {@code size}, all online and never served. */
	static List<Candidate> aTeamOf(int size) {
		return LongStream.rangeClosed(1, size).mapToObj(Members::anOnlineAgent).toList();
	}

	static AgentId agent(long id) {
		return new AgentId(id);
	}

	static final class Member {

		private final long id;
		private boolean active = true;
		private boolean onSchedule = true;
		private PresenceStatus presence = PresenceStatus.ONLINE;
		private int openConversations;
		private @Nullable Integer capacity;
		private long lastTurn = Turns.NEVER;

		private Member(long id) {
			this.id = id;
		}

		Member offSchedule() {
			onSchedule = false;
			return this;
		}

		Member inactive() {
			active = false;
			return this;
		}

		Member in(PresenceStatus presence) {
			this.presence = presence;
			return this;
		}

		Member holding(int openConversations) {
			this.openConversations = openConversations;
			return this;
		}

		Member cappedAt(int capacity) {
			this.capacity = capacity;
			return this;
		}

		Member lastServedOnTurn(long turn) {
			lastTurn = turn;
			return this;
		}

		Candidate candidate() {
			return new Candidate(agent(id), active, onSchedule, presence, openConversations, capacity, lastTurn, id);
		}
	}
}
