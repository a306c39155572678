package dev.tether.api.event;

import java.time.Instant;
import java.util.List;

import dev.tether.api.security.Caller;
import dev.tether.api.web.Paging;
import dev.tether.core.access.Role;
import dev.tether.persistence.event.OutboundEvent;
import dev.tether.persistence.event.OutboundEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The org's outbound events, oldest first, as other systems receive them. */
@RestController
class EventController {

	private final OutboundEvents events;

	private final JsonMapper json;

	EventController(OutboundEvents events, JsonMapper json) {
		this.events = events;
		this.json = json;
	}

	@GetMapping("/api/v1/events")
	List<EventResponse> list(Caller.Member caller, @RequestParam(required = false) @Nullable String type,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		caller.require(Role.OWNER, Role.ADMIN);
		Pageable paging = Paging.of(page, size, Sort.unsorted());
		List<OutboundEvent> found = type == null ? events.findByOrgIdOrderByOccurredAt(caller.orgId(), paging)
				: events.findByOrgIdAndTypeOrderByOccurredAt(caller.orgId(), type, paging);
		return found.stream().map(this::respond).toList();
	}

	private EventResponse respond(OutboundEvent event) {
		return new EventResponse(event.getId().toString(), event.getType(), event.getOccurredAt(),
				event.getOrgId().toString(), json.readTree(event.getData()));
	}

	/** The envelope other systems receive: {@code {id, type, occurredAt, orgId, data}}. */
	record EventResponse(String id, String type, Instant occurredAt, String orgId, JsonNode data) {
	}
}
