package dev.tether.api.event;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.tether.api.security.Caller;
import dev.tether.api.web.Paging;
import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.persistence.event.DeliveryView;
import dev.tether.persistence.event.EventDelivery;
import dev.tether.persistence.event.EventOutbox;
import dev.tether.persistence.event.EventType;
import dev.tether.persistence.event.SubscriptionView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Owners and admins subscribe other systems to Tether's events, and watch the deliveries. */
@RestController
class EventSubscriptionController {

	private final EventOutbox outbox;

	EventSubscriptionController(EventOutbox outbox) {
		this.outbox = outbox;
	}

	@PostMapping("/api/v1/event-subscriptions")
	@ResponseStatus(HttpStatus.CREATED)
	SubscriptionResponse subscribe(Caller.Member caller, @Valid @RequestBody NewSubscription body) {
		caller.require(Role.OWNER, Role.ADMIN);
		URI url = parseUrl(body.url());
		Set<String> types = new LinkedHashSet<>(body.types());
		types.stream().filter(type -> !EventType.wireNames().contains(type)).findFirst().ifPresent(unknown -> {
			throw Refusal.invalidInput("VALIDATION_FAILED", "types: unknown event type '" + unknown + "'");
		});
		return SubscriptionResponse.of(outbox.subscribe(caller.orgId(), url.toString(), body.secret(), List.copyOf(types)));
	}

	@GetMapping("/api/v1/event-subscriptions")
	List<SubscriptionResponse> list(Caller.Member caller) {
		caller.require(Role.OWNER, Role.ADMIN);
		return outbox.subscriptions(caller.orgId()).stream().map(SubscriptionResponse::of).toList();
	}

	@GetMapping("/api/v1/event-subscriptions/{id}")
	SubscriptionResponse get(Caller.Member caller, @PathVariable long id) {
		caller.require(Role.OWNER, Role.ADMIN);
		return SubscriptionResponse.of(outbox.subscription(caller.orgId(), id));
	}

	@DeleteMapping("/api/v1/event-subscriptions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unsubscribe(Caller.Member caller, @PathVariable long id) {
		caller.require(Role.OWNER, Role.ADMIN);
		outbox.unsubscribe(caller.orgId(), id);
	}

	/** Every delivery to this subscriber, newest first, with its last attempt's outcome. */
	@GetMapping("/api/v1/event-subscriptions/{id}/deliveries")
	List<DeliveryResponse> deliveries(Caller.Member caller, @PathVariable long id,
			@RequestParam(required = false) EventDelivery.@Nullable Status status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		caller.require(Role.OWNER, Role.ADMIN);
		return outbox.deliveries(caller.orgId(), id, status, Paging.of(page, size, Sort.unsorted()))
			.stream()
			.map(DeliveryResponse::of)
			.toList();
	}

	private static URI parseUrl(String url) {
		try {
			URI parsed = URI.create(url.strip());
			if (parsed.getHost() == null || !("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme()))) {
				throw new IllegalArgumentException();
			}
			return parsed;
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "url: must be an absolute http or https URL");
		}
	}

	record NewSubscription(@NotBlank @Size(max = 2000) String url, @NotBlank @Size(min = 16, max = 200) String secret,
			@NotEmpty List<@NotBlank String> types) {
	}

	/** The secret is never shown again. */
	record SubscriptionResponse(String id, String url, List<String> types, boolean active, Instant createdAt) {

		static SubscriptionResponse of(SubscriptionView subscription) {
			return new SubscriptionResponse(Long.toString(subscription.id()), subscription.url(), subscription.types(),
					subscription.active(), subscription.createdAt());
		}
	}

	record DeliveryResponse(String id, String eventId, String eventType, EventDelivery.Status status, int attempts,
			@Nullable Integer lastStatusCode, @Nullable String lastError, @Nullable Instant lastAttemptAt,
			@Nullable String lastAttemptBy, Instant nextAttemptAt, Instant createdAt, @Nullable Instant deliveredAt) {

		static DeliveryResponse of(DeliveryView delivery) {
			return new DeliveryResponse(Long.toString(delivery.id()), delivery.eventId().toString(), delivery.eventType(),
					delivery.status(), delivery.attempts(), delivery.lastStatusCode(), delivery.lastError(),
					delivery.lastAttemptAt(), delivery.lastAttemptBy(), delivery.nextAttemptAt(), delivery.createdAt(),
					delivery.deliveredAt());
		}
	}
}
