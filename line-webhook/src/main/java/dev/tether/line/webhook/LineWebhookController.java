package dev.tether.line.webhook;

import java.util.List;

import dev.tether.core.Refusal;
import dev.tether.persistence.channel.Channel;
import dev.tether.persistence.channel.ChannelService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Where LINE delivers a channel's webhook events. */
@RestController
class LineWebhookController {

	private final ChannelService channels;

	private final WebhookProcessor processor;

	private final JsonMapper json;

	LineWebhookController(ChannelService channels, WebhookProcessor processor, JsonMapper json) {
		this.channels = channels;
		this.processor = processor;
		this.json = json;
	}

	/** The signature is checked on the raw bytes before anything is parsed or stored. */
	@PostMapping("/line/webhook/{channelId}")
	ResponseEntity<Void> receive(@PathVariable long channelId,
			@RequestHeader(name = "X-Line-Signature", required = false) @Nullable String signature,
			@RequestBody(required = false) byte @Nullable [] body) {
		Channel channel = channels.find(channelId)
			.orElseThrow(() -> Refusal.notFound("CHANNEL_NOT_FOUND", "No channel " + channelId));
		byte[] raw = body == null ? new byte[0] : body;
		if (!WebhookSignature.isValid(channel.getChannelSecret(), raw, signature)) {
			throw new Refusal(Refusal.Kind.UNAUTHENTICATED, "INVALID_SIGNATURE",
					"X-Line-Signature does not match the body");
		}
		List<ReceivedEvent> events = WebhookBody.parse(json, raw);
		processor.process(channel, events);
		return ResponseEntity.ok().build();
	}
}
