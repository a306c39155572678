package dev.tether.persistence.channel;

/** A connected LINE Official Account as the API shows it: never with its secrets. */
public record ChannelView(long id, String name, String basicId, String webhookPath) {

	public static ChannelView of(Channel channel) {
		return new ChannelView(channel.getId(), channel.getName(), channel.getBasicId(), channel.getWebhookPath());
	}
}
