package dev.tether.api.event;

import java.util.List;

import dev.tether.api.security.Caller;
import dev.tether.api.web.Paging;
import dev.tether.core.access.Role;
import dev.tether.persistence.event.Envelope;
import dev.tether.persistence.event.EventOutbox;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The org's outbound events, oldest first, in the envelope other systems receive them in. */
@RestController
class EventController {

	private final EventOutbox outbox;

	EventController(EventOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/api/v1/events")
	List<Envelope> list(Caller.Member caller, @RequestParam(required = false) @Nullable String type,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		caller.require(Role.OWNER, Role.ADMIN);
		return outbox.events(caller.orgId(), type, Paging.of(page, size, Sort.unsorted()));
	}
}
