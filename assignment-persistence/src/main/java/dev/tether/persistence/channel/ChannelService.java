package dev.tether.persistence.channel;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

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
	public ChannelView connect(long orgId, String name, String basicId, String channelSecret, String accessToken) {
		byte[] bindingKey = new byte[32];
		RANDOM.nextBytes(bindingKey);
		Channel channel = channels.save(new Channel(orgId, name.strip(), basicId.strip(), channelSecret, accessToken,
				bindingKey, clock.instant()));
		publisher.publishEvent(new ChannelDirectory.ChannelChanged(channel.getId()));
		return ChannelView.of(channel);
	}

	@Transactional(readOnly = true)
	public ChannelView get(long orgId, long channelId) {
		return ChannelView.of(channel(orgId, channelId));
	}

	@Transactional(readOnly = true)
	public List<ChannelView> list(long orgId) {
		return channels.findByOrgIdOrderById(orgId).stream().map(ChannelView::of).toList();
	}

	/** The channel with its keys, for the use cases that sign with them. */
	@Transactional(readOnly = true)
	public Channel channel(long orgId, long channelId) {
		return channels.findByIdAndOrgId(channelId, orgId)
			.orElseThrow(() -> Refusal.notFound("CHANNEL_NOT_FOUND", "No channel " + channelId + " in this org"));
	}
}
