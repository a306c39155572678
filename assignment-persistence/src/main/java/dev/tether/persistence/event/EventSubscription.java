package dev.tether.persistence.event;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Another system's URL, the secret its deliveries are signed with, and the event types it wants. */
@Entity
@DynamicUpdate
@Table(name = "event_subscription")
public class EventSubscription {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long orgId;

	private String url;

	private String secret;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] types;

	private boolean active = true;

	private Instant createdAt;

	protected EventSubscription() {
	}

	EventSubscription(Long orgId, String url, String secret, List<String> types, Instant createdAt) {
		this.orgId = orgId;
		this.url = url;
		this.secret = secret;
		this.types = types.toArray(String[]::new);
		this.createdAt = createdAt;
	}

	void deactivate() {
		this.active = false;
	}

	public Long getId() {
		return id;
	}

	public Long getOrgId() {
		return orgId;
	}

	public String getUrl() {
		return url;
	}

	/** Signs deliveries; never shown by the API. */
	public String getSecret() {
		return secret;
	}

	public List<String> getTypes() {
		return List.of(types);
	}

	public boolean isActive() {
		return active;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	@Override
	public String toString() {
		return "EventSubscription[id=" + id + ", url=" + url + "]";
	}
}
