package dev.tether.persistence.team;

/** An agent was deactivated: the conversations routing gave them go back to their teams once this commits. */
public record AgentDeactivated(long agentId) {
}
