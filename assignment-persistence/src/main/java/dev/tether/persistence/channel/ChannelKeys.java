package dev.tether.persistence.channel;

/**
 * What the webhook and the reply sender need of a channel: its org, the secret LINE signs
 * webhooks with, and the token replies are sent with. Never shown by the API.
 */
public record ChannelKeys(long channelId, long orgId, String secret, String accessToken) {

	@Override
	public String toString() {
		return "ChannelKeys[channelId=" + channelId + ", orgId=" + orgId + "]";
	}
}
