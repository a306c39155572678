package dev.tether.core.routing;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LeaveRuleTests {

	private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	private static final LeaveRule REQUEUE_AFTER_A_MINUTE = new LeaveRule(OnAgentLeave.REQUEUE, Duration.ofSeconds(60));

	@Test
	void aMemberGoneForTheWholeGraceLosesTheirConversationsAndOneBackInTimeKeepsThem() {
		assertThat(REQUEUE_AFTER_A_MINUTE.requeues(true, NOW.minusSeconds(60), NOW)).isEqualTo(MoveReason.AGENT_LEFT);
		assertThat(REQUEUE_AFTER_A_MINUTE.requeues(true, NOW.minusSeconds(59), NOW)).isNull();
		assertThat(REQUEUE_AFTER_A_MINUTE.requeues(true, null, NOW)).isNull();
	}

	@Test
	void aTeamThatKeepsLeavesConversationsWithTheirHolderHoweverLongTheyAreGone() {
		LeaveRule keep = new LeaveRule(OnAgentLeave.KEEP, Duration.ZERO);

		assertThat(keep.requeues(true, Instant.EPOCH, NOW)).isNull();
	}

	@Test
	void aDeactivatedMembersConversationsGoBackAtOnceWhateverTheTeamSays() {
		assertThat(new LeaveRule(OnAgentLeave.KEEP, Duration.ofHours(1)).requeues(false, null, NOW))
			.isEqualTo(MoveReason.AGENT_DEACTIVATED);
		assertThat(REQUEUE_AFTER_A_MINUTE.requeues(false, NOW, NOW)).isEqualTo(MoveReason.AGENT_DEACTIVATED);
	}

	@Test
	void aZeroGraceRequeuesTheMomentTheMemberIsGone() {
		assertThat(new LeaveRule(OnAgentLeave.REQUEUE, Duration.ZERO).requeues(true, NOW, NOW))
			.isEqualTo(MoveReason.AGENT_LEFT);
	}

	@Test
	void aTeamThatRequeuesWhenMembersGoOfflineGivesOfflineMembersNothingToRequeue() {
		RoutingRule anyPresence = new RoutingRule(Strategy.ROUND_ROBIN, false, 3);

		assertThat(REQUEUE_AFTER_A_MINUTE.applyTo(anyPresence)).isEqualTo(new RoutingRule(Strategy.ROUND_ROBIN, true, 3));
		assertThat(new LeaveRule(OnAgentLeave.KEEP, Duration.ZERO).applyTo(anyPresence)).isEqualTo(anyPresence);
	}

	@Test
	void theGraceIsAtMostAnHour() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LeaveRule(OnAgentLeave.REQUEUE, Duration.ofSeconds(3601)));
		assertThatIllegalArgumentException().isThrownBy(() -> new LeaveRule(OnAgentLeave.REQUEUE, Duration.ofSeconds(-1)));
	}

	@Test
	void anUnansweredConversationIsMovedOnceAndOnlyWhenTheTeamAsks() {
		UnansweredRule fiveMinutes = new UnansweredRule(Duration.ofMinutes(5));

		assertThat(fiveMinutes.answerDue(NOW, false)).isEqualTo(NOW.plusSeconds(300));
		assertThat(fiveMinutes.answerDue(NOW, true)).isNull();
		assertThat(UnansweredRule.OFF.answerDue(NOW, false)).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> new UnansweredRule(Duration.ofSeconds(29)));
		assertThatIllegalArgumentException().isThrownBy(() -> new UnansweredRule(Duration.ofSeconds(86_401)));
	}
}
