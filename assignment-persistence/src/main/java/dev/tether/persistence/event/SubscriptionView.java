package dev.tether.persistence.event;

import java.time.Instant;
import java.util.List;

/** A subscription as its org sees it: never with its secret, which is shown to nobody. */
public record SubscriptionView(long id, String url, List<String> types, boolean active, Instant createdAt) {

	static SubscriptionView of(EventSubscription subscription) {
		return new SubscriptionView(subscription.getId(), subscription.getUrl(), List.copyOf(subscription.getTypes()),
				subscription.isActive(), subscription.getCreatedAt());
	}
}
