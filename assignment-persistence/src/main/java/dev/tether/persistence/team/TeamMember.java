package dev.tether.persistence.team;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An agent's place in a team: a stable position and when they last took a turn. */
@Entity
@Table(name = "team_member")
@IdClass(TeamMember.Key.class)
public class TeamMember {

	@Id
	private Long teamId;

	@Id
	private Long agentId;

	private long position;

	private long lastTurn;

	private int openConversations;

	protected TeamMember() {
	}

	TeamMember(Long teamId, Agent agent, long position) {
		this.teamId = teamId;
		this.agentId = agent.getId();
		this.position = position;
		this.openConversations = agent.getOpenConversations();
	}

	public Long getTeamId() {
		return teamId;
	}

	public Long getAgentId() {
		return agentId;
	}

	public long getPosition() {
		return position;
	}

	/** The composite key of a membership. */
	public record Key(Long teamId, Long agentId) implements Serializable {

		public Key() {
			this(null, null);
		}
	}
}
