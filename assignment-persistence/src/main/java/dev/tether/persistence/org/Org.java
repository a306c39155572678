package dev.tether.persistence.org;

import java.time.Instant;
import java.util.List;

import dev.tether.core.binding.AssignmentMode;
import dev.tether.core.binding.AutoTags;
import dev.tether.core.binding.BindingMessage;
import dev.tether.core.binding.ReplyTexts;
import dev.tether.core.routing.BoundAgentUnavailable;
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

/** A brand using Tether, with its assignment settings. */
@Entity
@DynamicUpdate
@Table(name = "org")
public class Org {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String timezone;

	@Enumerated(EnumType.STRING)
	private AssignmentMode assignmentMode = AssignmentMode.PERMANENT;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] autoTags = new String[0];

	private @Nullable Long defaultTeamId;

	private @Nullable String replySuccess;

	private @Nullable String replyConflict;

	private @Nullable String replyInvalid;

	private @Nullable String bindingMessage;

	@Enumerated(EnumType.STRING)
	private BoundAgentUnavailable boundAgentUnavailable = BoundAgentUnavailable.ASSIGN;

	private Instant createdAt;

	protected Org() {
	}

	public Org(String name, String timezone, Instant createdAt) {
		this.name = name;
		this.timezone = timezone;
		this.createdAt = createdAt;
	}

	public void changeSettings(AssignmentMode mode, AutoTags tags, @Nullable Long defaultTeamId) {
		this.assignmentMode = mode;
		this.autoTags = tags.tags().toArray(String[]::new);
		this.defaultTeamId = defaultTeamId;
	}

	public void sendBoundContacts(BoundAgentUnavailable whenAgentUnavailable) {
		this.boundAgentUnavailable = whenAgentUnavailable;
	}

	public BoundAgentUnavailable getBoundAgentUnavailable() {
		return boundAgentUnavailable;
	}

	public void reword(ReplyTexts replies, BindingMessage message) {
		this.replySuccess = replies.success();
		this.replyConflict = replies.conflict();
		this.replyInvalid = replies.invalid();
		this.bindingMessage = message.template();
	}

	public ReplyTexts getReplyTexts() {
		return new ReplyTexts(replySuccess, replyConflict, replyInvalid);
	}

	public BindingMessage getBindingMessage() {
		return new BindingMessage(bindingMessage);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getTimezone() {
		return timezone;
	}

	public AssignmentMode getAssignmentMode() {
		return assignmentMode;
	}

	public AutoTags getAutoTags() {
		return new AutoTags(List.of(autoTags));
	}

	public @Nullable Long getDefaultTeamId() {
		return defaultTeamId;
	}
}
