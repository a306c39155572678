package dev.tether.persistence.team;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.tether.core.binding.AutoTags;
import dev.tether.core.routing.LeaveRule;
import dev.tether.core.routing.OnAgentLeave;
import dev.tether.core.routing.Strategy;
import dev.tether.core.routing.UnansweredRule;
import dev.tether.core.schedule.Availability;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A team of agents and the rule by which it hands out conversations. */
@Entity
@DynamicUpdate
@Table(name = "team")
public class Team {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long orgId;

	private String name;

	private @Nullable String code;

	@Enumerated(EnumType.STRING)
	private Strategy strategy;

	private boolean onlineOnly;

	private @Nullable Integer maxOpenContacts;

	private int queueTimeoutSeconds = TeamDetails.MAX_QUEUE_TIMEOUT_SECONDS;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] autoTags = new String[0];

	private boolean active = true;

	/** Advanced by the routing SQL under the team's row lock, never through the entity. */
	@Column(insertable = false, updatable = false)
	private long turnCounter;

	/** Kept by the schedule's timer (Schedules), never written through the entity. */
	@Column(insertable = false, updatable = false)
	private boolean scheduleOpen = true;

	@Column(insertable = false, updatable = false)
	private @Nullable Instant scheduleChangesAt;

	private @Nullable String outOfHoursReply;

	@Enumerated(EnumType.STRING)
	private OnAgentLeave onAgentLeave = OnAgentLeave.KEEP;

	private int leaveGraceSeconds = (int) LeaveRule.DEFAULT_GRACE.toSeconds();

	private @Nullable Integer unansweredTransferSeconds;

	private Instant createdAt;

	protected Team() {
	}

	Team(Long orgId, TeamDetails details, Instant createdAt) {
		this.orgId = orgId;
		this.createdAt = createdAt;
		this.strategy = Strategy.ROUND_ROBIN;
		apply(details);
	}

	/** Applies every field the details name; absent fields stay as they are. */
	void apply(TeamDetails details) {
		if (details.name() != null) {
			this.name = details.name().strip();
		}
		if (details.code() != null) {
			this.code = details.code().isBlank() ? null : details.code().strip();
		}
		if (details.strategy() != null) {
			this.strategy = details.strategy();
		}
		if (details.onlineOnly() != null) {
			this.onlineOnly = details.onlineOnly();
		}
		if (details.maxOpenContacts() != null) {
			this.maxOpenContacts = details.maxOpenContacts();
		}
		if (details.queueTimeoutSeconds() != null) {
			this.queueTimeoutSeconds = details.queueTimeoutSeconds();
		}
		if (details.autoTags() != null) {
			this.autoTags = details.autoTags().tags().toArray(String[]::new);
		}
		if (details.onAgentLeave() != null) {
			this.onAgentLeave = details.onAgentLeave();
		}
		if (details.leaveGraceSeconds() != null) {
			this.leaveGraceSeconds = details.leaveGraceSeconds();
		}
		if (details.unansweredTransferSeconds() != null) {
			this.unansweredTransferSeconds = details.unansweredTransferSeconds() == TeamDetails.TRANSFER_OFF ? null
					: details.unansweredTransferSeconds();
		}
		if (details.outOfHoursReply() != null) {
			this.outOfHoursReply = details.outOfHoursReply().isBlank() ? null : details.outOfHoursReply().strip();
		}
	}

	/** Sets the team's cap per member; unlike {@link #apply}, null here lifts it. */
	void limitOpenContacts(@Nullable Integer max) {
		this.maxOpenContacts = max;
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

	public String getName() {
		return name;
	}

	public @Nullable String getCode() {
		return code;
	}

	public Strategy getStrategy() {
		return strategy;
	}

	public boolean isOnlineOnly() {
		return onlineOnly;
	}

	public @Nullable Integer getMaxOpenContacts() {
		return maxOpenContacts;
	}

	public int getQueueTimeoutSeconds() {
		return queueTimeoutSeconds;
	}

	public AutoTags getAutoTags() {
		return new AutoTags(List.of(autoTags));
	}

	/** What the schedule says as last kept: open or not, until when. */
	public Availability hours() {
		return new Availability(scheduleOpen, scheduleChangesAt);
	}

	public @Nullable String getOutOfHoursReply() {
		return outOfHoursReply;
	}

	public LeaveRule leaveRule() {
		return new LeaveRule(onAgentLeave, Duration.ofSeconds(leaveGraceSeconds));
	}

	public UnansweredRule unansweredRule() {
		return new UnansweredRule(unansweredTransferSeconds == null ? null : Duration.ofSeconds(unansweredTransferSeconds));
	}

	public boolean isActive() {
		return active;
	}
}
