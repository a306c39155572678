package dev.tether.persistence.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agent's console password, kept only as the encoder's hash. */
@Entity
@Table(name = "console_credential")
class ConsoleCredential {

	@Id
	private Long agentId;

	private String passwordHash;

	private Instant passwordSetAt;

	protected ConsoleCredential() {
	}

	ConsoleCredential(Long agentId, String passwordHash, Instant at) {
		this.agentId = agentId;
		change(passwordHash, at);
	}

	void change(String passwordHash, Instant at) {
		this.passwordHash = passwordHash;
		this.passwordSetAt = at;
	}

	Long getAgentId() {
		return agentId;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	@Override
	public String toString() {
		return "ConsoleCredential[agentId=" + agentId + "]";
	}
}
