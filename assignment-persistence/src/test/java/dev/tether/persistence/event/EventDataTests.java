package dev.tether.persistence.event;

import java.time.Instant;
import java.util.List;

import dev.tether.persistence.event.EventData.AssignmentChanged.Holder;
import dev.tether.persistence.event.EventData.AssignmentChanged;
import dev.tether.persistence.event.EventData.ContactTagged;
import dev.tether.persistence.event.EventData.LineEventReceived;
import dev.tether.persistence.event.EventData.QueueTimedOut;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class EventDataTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anAssignmentChangeIsWrittenWithEveryHolderFieldEvenWhenNobodyHoldsIt() {
		String written = json.writeValueAsString(new AssignmentChanged("7", "9", "ASSIGNEE", new Holder(null, "3"),
				new Holder("12", "3"), "RULE", "rule", null));

		assertThat(written).isEqualTo("{\"contactId\":\"7\",\"conversationId\":\"9\",\"kind\":\"ASSIGNEE\","
				+ "\"from\":{\"agentId\":null,\"teamId\":\"3\"},\"to\":{\"agentId\":\"12\",\"teamId\":\"3\"},"
				+ "\"source\":\"RULE\",\"actor\":\"rule\"}");
	}

	@Test
	void aMoveARuleMadeOnItsOwnSaysWhy() {
		String written = json.writeValueAsString(new AssignmentChanged("7", "9", "ASSIGNEE", new Holder(null, "3"),
				new Holder("12", "3"), "RULE", "schedule", "SCHEDULE_OPENED"));

		assertThat(written).endsWith("\"source\":\"RULE\",\"actor\":\"schedule\",\"reason\":\"SCHEDULE_OPENED\"}");
	}

	@Test
	void aTimedOutQueueSaysWhenTheConversationStartedWaiting() {
		String written = json.writeValueAsString(
				new QueueTimedOut("9", "7", "3", Instant.parse("2026-12-01T09:00:00.123456Z")));

		assertThat(written).isEqualTo("{\"conversationId\":\"9\",\"contactId\":\"7\",\"teamId\":\"3\","
				+ "\"queuedSince\":\"2026-12-01T09:00:00.123456Z\"}");
	}

	@Test
	void aTaggedContactListsAllItsTagsAndTheNewOnes() {
		String written = json.writeValueAsString(new ContactTagged("7", "2", "U1", List.of("vip", "tokyo"), List.of("vip")));

		assertThat(written).isEqualTo("{\"contactId\":\"7\",\"channelId\":\"2\",\"lineUserId\":\"U1\","
				+ "\"tags\":[\"vip\",\"tokyo\"],\"added\":[\"vip\"]}");
	}

	@Test
	void aForwardedLineEventKeepsLinesBytesSpacingAndKeyOrderIncluded() {
		String asLineSentIt = "{ \"type\" : \"message\",\"z\":1,  \"a\" : 1.50 }";

		String written = json.writeValueAsString(new LineEventReceived("2", asLineSentIt));

		assertThat(written).isEqualTo("{\"channelId\":\"2\",\"event\":" + asLineSentIt + "}");
	}

	@Test
	void theEnvelopeCarriesTheRecordedDataAsItWasRecorded() {
		String data = "{\"contactId\":\"7\", \"n\": 1.0}";

		String written = json.writeValueAsString(
				new Envelope("5f0c", "contact.tagged", Instant.parse("2026-12-01T09:00:00Z"), "1", data));

		assertThat(written).isEqualTo("{\"id\":\"5f0c\",\"type\":\"contact.tagged\","
				+ "\"occurredAt\":\"2026-12-01T09:00:00Z\",\"orgId\":\"1\",\"data\":" + data + "}");
	}

	@Test
	void everyKindOfEventTravelsUnderItsOwnName() {
		assertThat(EventType.wireNames()).containsExactlyInAnyOrder("assignment.changed", "contact.tagged",
				"queue.timed_out", "line.event");
		assertThat(new LineEventReceived("2", "{}").type().wireName()).isEqualTo("line.event");
	}
}
