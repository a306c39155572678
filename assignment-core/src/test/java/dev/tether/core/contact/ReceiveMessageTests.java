package dev.tether.core.contact;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import dev.tether.core.binding.AssignmentMode;
import dev.tether.core.binding.AutoTags;
import dev.tether.core.binding.BindOutcome;
import dev.tether.core.binding.BindingCode;
import dev.tether.core.binding.BindingCodeSigner;
import dev.tether.core.binding.BindingTarget;
import dev.tether.core.binding.IssuedCode;
import dev.tether.core.binding.ReplyTexts;
import dev.tether.core.binding.TargetState;
import dev.tether.core.contact.Receipt.Keep;
import dev.tether.core.contact.Receipt.Move;
import dev.tether.core.contact.Receipt.Open;
import dev.tether.core.routing.BoundAgentUnavailable;
import dev.tether.core.routing.MoveReason;
import dev.tether.core.routing.Placement;
import dev.tether.core.team.AgentId;
import dev.tether.core.team.TeamId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiveMessageTests {

	private static final long CHANNEL = 3;

	private static final TeamId SUPPORT = new TeamId(9);

	private final BindingCodeSigner signer = new BindingCodeSigner(
			"channel-three-binding-key".getBytes(StandardCharsets.UTF_8), new SplittableRandom(5));

	private final TargetState aoi = anAgent(1, "Aoi Tanaka", true);

	private final TargetState ren = anAgent(2, "Ren Ito", true);

	@Test
	void aFirstMessageOpensAConversationForTheDefaultTeam() {
		Receipt receipt = ReceiveMessage.receive(message(AssignmentMode.PERMANENT, null, LiveConversation.NONE, null));

		assertThat(receipt.outcome()).isNull();
		assertThat(receipt.reply()).isNull();
		assertThat(receipt.conversation()).isEqualTo(new Open(new Placement.ToTeam(SUPPORT)));
		assertThat(receipt.byCode()).isFalse();
	}

	@Test
	void aMessageInAnOpenConversationChangesNothingAndOneWhoseQueueTimedOutIsPlacedAgain() {
		assertThat(ReceiveMessage.receive(message(AssignmentMode.PERMANENT, aoi, LiveConversation.OPEN, null))
			.conversation()).isEqualTo(new Keep());
		assertThat(ReceiveMessage.receive(message(AssignmentMode.PERMANENT, aoi, LiveConversation.TIMED_OUT, null))
			.conversation()).isEqualTo(new Open(new Placement.ToAgent(new AgentId(1), null)));
	}

	@Test
	void aBoundContactsNewConversationGoesToItsAgentOrElseTheBindingsTeam() {
		TargetState away = new TargetState(BindingTarget.agentInTeam(new AgentId(1), SUPPORT), "Aoi Tanaka", false,
				true, true, null, null, false);

		assertThat(ReceiveMessage.receive(message(AssignmentMode.PERMANENT, aoi, LiveConversation.NONE, null))
			.conversation()).isEqualTo(new Open(new Placement.ToAgent(new AgentId(1), null)));
		assertThat(ReceiveMessage.receive(message(AssignmentMode.PERMANENT, away, LiveConversation.NONE, null))
			.conversation()).isEqualTo(new Open(new Placement.ToTeam(SUPPORT)));
	}

	@Test
	void anOrgThatSendsToTheTeamGivesAnUnavailableBoundAgentsNewConversationToTheirTeamAndSaysWhy() {
		TargetState offline = new TargetState(BindingTarget.agentInTeam(new AgentId(1), new TeamId(4)), "Aoi Tanaka",
				true, true, true, null, null, false);
		TargetState offlineAlone = new TargetState(BindingTarget.agent(new AgentId(1)), "Aoi Tanaka", true, true, true,
				null, null, false);

		assertThat(ReceiveMessage.receive(message(AssignmentMode.PERMANENT, offline, LiveConversation.NONE, null,
				BoundAgentUnavailable.TEAM)).conversation())
			.isEqualTo(new Open(new Placement.ToTeam(new TeamId(4), MoveReason.BOUND_AGENT_UNAVAILABLE)));
		assertThat(ReceiveMessage.receive(message(AssignmentMode.PERMANENT, offlineAlone, LiveConversation.NONE, null,
				BoundAgentUnavailable.TEAM)).conversation())
			.isEqualTo(new Open(new Placement.ToTeam(SUPPORT, MoveReason.BOUND_AGENT_UNAVAILABLE)));
		assertThat(ReceiveMessage.receive(message(AssignmentMode.PERMANENT, aoi, LiveConversation.NONE, null,
				BoundAgentUnavailable.TEAM)).conversation())
			.isEqualTo(new Open(new Placement.ToAgent(new AgentId(1), null)));
	}

	@Test
	void anOrgThatAssignsAnywayGivesTheBoundAgentTheirConversationWhetherOnlineOrNot() {
		TargetState offline = new TargetState(BindingTarget.agent(new AgentId(1)), "Aoi Tanaka", true, true, true, null,
				null, false);

		assertThat(ReceiveMessage.receive(message(AssignmentMode.PERMANENT, offline, LiveConversation.NONE, null))
			.conversation()).isEqualTo(new Open(new Placement.ToAgent(new AgentId(1), null)));
	}

	@Test
	void aValidCodeBindsTagsRepliesAndOpensTheConversationWithTheAgent() {
		Receipt receipt = ReceiveMessage.receive(message(AssignmentMode.PERMANENT, null, LiveConversation.NONE,
				codeFor(aoi)));

		assertThat(receipt.outcome()).isEqualTo(new BindOutcome.Bound(aoi.target(), null));
		assertThat(receipt.reply()).isEqualTo("You have successfully bound to: Aoi Tanaka");
		assertThat(receipt.binding()).isEqualTo(new Receipt.Rebinding(aoi.target(), null));
		assertThat(receipt.tags().applied().tags()).containsExactly("campaign");
		assertThat(receipt.tags().added()).containsExactly("campaign");
		assertThat(receipt.conversation()).isEqualTo(new Open(new Placement.ToAgent(new AgentId(1), null)));
		assertThat(receipt.byCode()).isTrue();
	}

	@Test
	void inPermanentModeAnotherCodeConflictsNamingTheCurrentAgent() {
		Receipt receipt = ReceiveMessage.receive(message(AssignmentMode.PERMANENT, aoi, LiveConversation.OPEN,
				codeFor(ren)));

		assertThat(receipt.outcome()).isEqualTo(new BindOutcome.Conflict(aoi.target()));
		assertThat(receipt.reply()).isEqualTo("Binding failed. You were previously bound to: Aoi Tanaka");
		assertThat(receipt.binding()).isNull();
		assertThat(receipt.conversation()).isEqualTo(new Keep());
		assertThat(receipt.byCode()).isFalse();
	}

	@Test
	void inGeneralModeANewCodeRebindsAndMovesTheLiveConversation() {
		Receipt receipt = ReceiveMessage.receive(message(AssignmentMode.GENERAL, aoi, LiveConversation.OPEN,
				codeFor(ren)));

		assertThat(receipt.binding()).isEqualTo(new Receipt.Rebinding(ren.target(), aoi.target()));
		assertThat(receipt.reply()).isEqualTo("You have successfully bound to: Ren Ito");
		assertThat(receipt.conversation()).isEqualTo(new Move(new Placement.ToAgent(new AgentId(2), null)));
	}

	@Test
	void theSameCodeAgainIsASuccessThatChangesNothing() {
		Receipt receipt = ReceiveMessage.receive(message(AssignmentMode.PERMANENT, aoi, LiveConversation.OPEN,
				codeFor(aoi)));

		assertThat(receipt.outcome()).isEqualTo(new BindOutcome.AlreadyBound(aoi.target()));
		assertThat(receipt.reply()).isEqualTo("You have successfully bound to: Aoi Tanaka");
		assertThat(receipt.binding()).isNull();
		assertThat(receipt.tags()).isNull();
		assertThat(receipt.conversation()).isEqualTo(new Keep());
		assertThat(receipt.byCode()).isTrue();
	}

	@Test
	void anInvalidCodeIsAnsweredAsInvalidAndTheMessageOpensTheConversationAsAnyOther() {
		CodeAttempt unknown = new CodeAttempt(signer.issue(), signer, CHANNEL, null, null);

		Receipt receipt = ReceiveMessage.receive(message(AssignmentMode.PERMANENT, null, LiveConversation.NONE, unknown));

		assertThat(receipt.outcome()).isEqualTo(new BindOutcome.Invalid(BindOutcome.InvalidCode.UNKNOWN));
		assertThat(receipt.reply()).isEqualTo("Invalid binding. Please contact service staff.");
		assertThat(receipt.conversation()).isEqualTo(new Open(new Placement.ToTeam(SUPPORT)));
	}

	@Test
	void theAgentsOwnTagsComeFirstAndOnlyTheContactsMissingOnesAreAdded() {
		TargetState tagged = new TargetState(aoi.target(), "Aoi Tanaka", true, true, true,
				new AutoTags(List.of("vip", "campaign")), null, true);
		MessageContext context = new MessageContext(AssignmentMode.PERMANENT, new AutoTags(List.of("org-wide")),
				SUPPORT, List.of("campaign"), null, LiveConversation.NONE, codeFor(tagged), ReplyTexts.FIXED,
				BoundAgentUnavailable.ASSIGN);

		Receipt receipt = ReceiveMessage.receive(context);

		assertThat(receipt.tags().applied().tags()).containsExactly("vip", "campaign");
		assertThat(receipt.tags().added()).containsExactly("vip");
	}

	private MessageContext message(AssignmentMode mode, @Nullable TargetState binding, LiveConversation live,
			@Nullable CodeAttempt attempt) {
		return message(mode, binding, live, attempt, BoundAgentUnavailable.ASSIGN);
	}

	private MessageContext message(AssignmentMode mode, @Nullable TargetState binding, LiveConversation live,
			@Nullable CodeAttempt attempt, BoundAgentUnavailable boundAgentUnavailable) {
		return new MessageContext(mode, new AutoTags(List.of("campaign")), SUPPORT, List.of(), binding, live, attempt,
				ReplyTexts.FIXED, boundAgentUnavailable);
	}

	private CodeAttempt codeFor(TargetState target) {
		BindingCode code = signer.issue();
		return new CodeAttempt(code, signer, CHANNEL, new IssuedCode(CHANNEL, target.target(), false), target);
	}

	private static TargetState anAgent(long id, String name, boolean active) {
		return new TargetState(BindingTarget.agent(new AgentId(id)), name, active, true, true, null, null, active);
	}
}
