package dev.tether.persistence.channel;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A LINE Official Account. Its secret, access token and binding key never leave Tether: no
 * getter of theirs feeds an API answer, and {@link #toString()} leaves them out of logs.
 */
@Entity
@Table(name = "channel")
public class Channel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long orgId;

	private String name;

	private String basicId;

	private String channelSecret;

	private String channelAccessToken;

	private byte[] bindingKey;

	private Instant createdAt;

	protected Channel() {
	}

	Channel(Long orgId, String name, String basicId, String channelSecret, String channelAccessToken,
			byte[] bindingKey, Instant createdAt) {
		this.orgId = orgId;
		this.name = name;
		this.basicId = basicId;
		this.channelSecret = channelSecret;
		this.channelAccessToken = channelAccessToken;
		this.bindingKey = bindingKey;
		this.createdAt = createdAt;
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

	/** The account's LINE ID, such as {@code @tether}. */
	public String getBasicId() {
		return basicId;
	}

	public String getChannelSecret() {
		return channelSecret;
	}

	public String getChannelAccessToken() {
		return channelAccessToken;
	}

	public byte[] getBindingKey() {
		return bindingKey.clone();
	}

	public String getWebhookPath() {
		return "/line/webhook/" + id;
	}

	@Override
	public String toString() {
		return "Channel[id=" + id + ", orgId=" + orgId + ", basicId=" + basicId + "]";
	}
}
