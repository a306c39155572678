package dev.tether.persistence.event;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The kinds of outbound event, by the names they travel under and subscriptions ask for. */
public enum EventType {

	ASSIGNMENT_CHANGED("assignment.changed"), CONTACT_TAGGED("contact.tagged"), QUEUE_TIMED_OUT("queue.timed_out"),
	LINE_EVENT("line.event");

	private final String wireName;

	EventType(String wireName) {
		this.wireName = wireName;
	}

	public String wireName() {
		return wireName;
	}

	public static Set<String> wireNames() {
		return Arrays.stream(values()).map(EventType::wireName).collect(Collectors.toUnmodifiableSet());
	}
}
