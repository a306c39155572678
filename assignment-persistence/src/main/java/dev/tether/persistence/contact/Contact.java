package dev.tether.persistence.contact;

import java.time.Instant;
import java.util.ArrayList;
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
import org.jspecify.annotations.Nullable;

/** A LINE user who talks to one of the org's channels. */
@Entity
@DynamicUpdate
@Table(name = "contact")
public class Contact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long orgId;

	private Long channelId;

	private String lineUserId;

	private @Nullable String displayName;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] tags = new String[0];

	private Instant createdAt;

	protected Contact() {
	}

	public void addTags(List<String> added) {
		List<String> all = new ArrayList<>(List.of(tags));
		all.addAll(added);
		this.tags = all.toArray(String[]::new);
	}

	public Long getId() {
		return id;
	}

	public Long getOrgId() {
		return orgId;
	}

	public Long getChannelId() {
		return channelId;
	}

	public String getLineUserId() {
		return lineUserId;
	}

	public @Nullable String getDisplayName() {
		return displayName;
	}

	public List<String> getTags() {
		return List.of(tags);
	}
}
