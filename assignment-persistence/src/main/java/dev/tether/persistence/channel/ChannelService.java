package dev.tether.persistence.channel;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.tether.core.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Connects LINE Official Accounts to an org. */
@Service
public class ChannelService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Channels channels;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	ChannelService(Channels channels, ApplicationEventPublisher publisher, Clock clock) {
		this.channels = channels;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Transactional
	public Channel connect(long orgId, String name, String basicId, String channelSecret, String accessToken) {
		byte[] bindingKey = new byte[32];
		RANDOM.nextBytes(bindingKey);
		Channel channel = channels.save(new Channel(orgId, name.strip(), basicId.strip(), channelSecret, accessToken,
				bindingKey, clock.instant()));
		publisher.publishEvent(new ChannelDirectory.ChannelChanged(channel.getId()));
		return channel;
	}

	@Transactional(readOnly = true)
	public Channel get(long orgId, long channelId) {
		return channels.findByIdAndOrgId(channelId, orgId)
			.orElseThrow(() -> Refusal.notFound("CHANNEL_NOT_FOUND", "No channel " + channelId + " in this org"));
	}

	@Transactional(readOnly = true)
	public List<Channel> list(long orgId) {
		return channels.findByOrgIdOrderById(orgId);
	}

	/** For the webhook, which knows a channel only by the id in its path. */
	@Transactional(readOnly = true)
	public Optional<Channel> find(long channelId) {
		return channels.findById(channelId);
	}
}
