package dev.tether.api.channel;

import java.util.List;

import dev.tether.api.security.Caller;
import dev.tether.core.access.Role;
import dev.tether.persistence.channel.ChannelService;
import dev.tether.persistence.channel.ChannelView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Owners and admins connect LINE Official Accounts; secrets go in and never come out. */
@RestController
class ChannelController {

	private final ChannelService channels;

	ChannelController(ChannelService channels) {
		this.channels = channels;
	}

	@PostMapping("/api/v1/channels")
	@ResponseStatus(HttpStatus.CREATED)
	ChannelResponse connect(Caller.Member caller, @Valid @RequestBody NewChannel body) {
		caller.require(Role.OWNER, Role.ADMIN);
		return ChannelResponse.of(channels.connect(caller.orgId(), body.name(), body.basicId(), body.channelSecret(),
				body.channelAccessToken()));
	}

	@GetMapping("/api/v1/channels")
	List<ChannelResponse> list(Caller.Member caller) {
		caller.require(Role.OWNER, Role.ADMIN);
		return channels.list(caller.orgId()).stream().map(ChannelResponse::of).toList();
	}

	@GetMapping("/api/v1/channels/{id}")
	ChannelResponse get(Caller.Member caller, @PathVariable long id) {
		caller.require(Role.OWNER, Role.ADMIN);
		return ChannelResponse.of(channels.get(caller.orgId(), id));
	}

	record NewChannel(@NotBlank @Size(max = 200) String name,
			@NotBlank @Pattern(regexp = "@?[A-Za-z0-9._-]{1,40}", message = "must be a LINE ID such as @tether") String basicId,
			@NotBlank @Size(max = 200) String channelSecret, @NotBlank @Size(max = 1000) String channelAccessToken) {
	}

	record ChannelResponse(String id, String name, String basicId, String webhookPath) {

		static ChannelResponse of(ChannelView channel) {
			return new ChannelResponse(Long.toString(channel.id()), channel.name(), channel.basicId(),
					channel.webhookPath());
		}
	}
}
