package dev.tether.line.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.tether.core.Refusal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WebhookBodyTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void eventsAreOrderedByTimestampWhateverOrderTheyCameIn() {
		List<ReceivedEvent> events = parse("""
				{"destination":"Uabc","events":[
				  {"type":"message","mode":"active","timestamp":3000,"webhookEventId":"C",
				   "source":{"type":"user","userId":"U1"},"replyToken":"r3","message":{"type":"text","id":"3","text":"third"}},
				  {"type":"message","mode":"active","timestamp":1000,"webhookEventId":"A",
				   "source":{"type":"user","userId":"U1"},"replyToken":"r1","message":{"type":"text","id":"1","text":"first"}},
				  {"type":"message","mode":"active","timestamp":2000,"webhookEventId":"B",
				   "source":{"type":"user","userId":"U1"},"replyToken":"r2","message":{"type":"text","id":"2","text":"second"}}
				]}""");

		assertThat(events).extracting(ReceivedEvent::text).containsExactly("first", "second", "third");
		assertThat(events).extracting(ReceivedEvent::webhookEventId).containsExactly("A", "B", "C");
	}

	@Test
	void aOneToOneTextMessageIsReadWithItsUserReplyTokenAndText() {
		ReceivedEvent event = parse("""
				{"destination":"Uabc","events":[{"type":"message","mode":"active","timestamp":1,
				  "webhookEventId":"01ABC","deliveryContext":{"isRedelivery":false},
				  "source":{"type":"user","userId":"U4af4980629"},"replyToken":"nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
				  "message":{"id":"325708","type":"text","quoteToken":"q","text":"Hello, world"}}]}""").get(0);

		assertThat(event.isTextMessage()).isTrue();
		assertThat(event.fromOneToOneChat()).isTrue();
		assertThat(event.oneToOneUserId()).isEqualTo("U4af4980629");
		assertThat(event.replyToken()).isEqualTo("nHuyWiB7yP5Zw52FIkcQobQuGDXCTA");
		assertThat(event.text()).isEqualTo("Hello, world");
		assertThat(event.standby()).isFalse();
	}

	@Test
	void unknownEventTypesAndFieldsAreCarriedNotRejected() {
		List<ReceivedEvent> events = parse("""
				{"destination":"Uabc","futureField":{"x":1},"events":[
				  {"type":"somethingNew","mode":"active","timestamp":5,"webhookEventId":"01N",
				   "source":{"type":"user","userId":"U1"},"novelty":[1,2,3]}
				]}""");

		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.type()).isEqualTo("somethingNew");
			assertThat(event.isTextMessage()).isFalse();
			assertThat(event.json()).contains("\"novelty\":[1,2,3]");
		});
	}

	@Test
	void anEventWithoutATypeIsCarriedAsUnknown() {
		assertThat(parse("{\"events\":[{\"timestamp\":1}]}")).extracting(ReceivedEvent::type).containsExactly("unknown");
	}

	@Test
	void aGroupOrRoomSourceHasNoOneToOneUserEvenWhenItNamesTheSender() {
		List<ReceivedEvent> events = parse("""
				{"destination":"Uabc","events":[
				  {"type":"message","mode":"active","timestamp":1,"replyToken":"r1",
				   "source":{"type":"group","groupId":"Ca56f94637c","userId":"U4af4980629"},
				   "message":{"type":"text","id":"1","text":"hi"}},
				  {"type":"message","mode":"active","timestamp":2,"replyToken":"r2",
				   "source":{"type":"room","roomId":"Ra8dbf4673c","userId":"U4af4980629"},
				   "message":{"type":"text","id":"2","text":"hi"}}
				]}""");

		assertThat(events).allSatisfy(event -> {
			assertThat(event.oneToOneUserId()).isNull();
			assertThat(event.fromOneToOneChat()).isFalse();
		});
	}

	@Test
	void aStandbyEventIsMarkedAsSuch() {
		ReceivedEvent event = parse("""
				{"events":[{"type":"message","mode":"standby","timestamp":1,
				  "source":{"type":"user","userId":"U1"},"message":{"type":"text","id":"1","text":"hi"}}]}""").get(0);

		assertThat(event.standby()).isTrue();
		assertThat(event.replyToken()).isNull();
	}

	@Test
	void aNonTextMessageHasNoText() {
		ReceivedEvent event = parse("""
				{"events":[{"type":"message","mode":"active","timestamp":1,"replyToken":"r",
				  "source":{"type":"user","userId":"U1"},"message":{"type":"sticker","id":"1","packageId":"1"}}]}""")
			.get(0);

		assertThat(event.text()).isNull();
		assertThat(event.isTextMessage()).isFalse();
	}

	@Test
	void anEmptyEventsArrayIsNoEvents() {
		assertThat(parse("{\"destination\":\"U8e742f61d673b39c7fff3cecb7536ef0\",\"events\":[]}")).isEmpty();
	}

	@Test
	void malformedJsonIsRefusedAsMalformedJson() {
		assertThat(refusalFor("{\"events\":[")).satisfies(refusal -> {
			assertThat(refusal.code()).isEqualTo("MALFORMED_JSON");
			assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_INPUT);
		});
		assertThat(refusalFor("not json at all").code()).isEqualTo("MALFORMED_JSON");
	}

	@Test
	void aBodyWithoutAnEventsArrayFailsValidation() {
		assertThat(refusalFor("{\"destination\":\"Uabc\"}").code()).isEqualTo("VALIDATION_FAILED");
		assertThat(refusalFor("{\"events\":{}}").code()).isEqualTo("VALIDATION_FAILED");
		assertThat(refusalFor("[]").code()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void anEventThatIsNotAnObjectFailsValidation() {
		assertThat(refusalFor("{\"events\":[42]}").code()).isEqualTo("VALIDATION_FAILED");
	}

	private static List<ReceivedEvent> parse(String body) {
		return WebhookBody.parse(WebhookBody.trees(JSON), body.getBytes(StandardCharsets.UTF_8));
	}

	private static Refusal refusalFor(String body) {
		return catchThrowableOfType(Refusal.class, () -> parse(body));
	}
}
