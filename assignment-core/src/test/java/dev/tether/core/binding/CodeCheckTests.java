package dev.tether.core.binding;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import dev.tether.core.binding.BindOutcome.InvalidCode;
import dev.tether.core.team.AgentId;
import dev.tether.core.team.TeamId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeCheckTests {

	private static final long CHANNEL = 7;

	private final BindingCodeSigner signer = new BindingCodeSigner(
			"channel-seven-binding-key".getBytes(StandardCharsets.UTF_8), new SplittableRandom(3));

	private final BindingCode code = signer.issue();

	private final BindingTarget aoi = BindingTarget.agent(new AgentId(1));

	@Test
	void anIssuedCodeOfTheChannelForAnActiveAgentBinds() {
		assertThat(CodeCheck.whyInvalid(code, signer, CHANNEL, issued(aoi), working(aoi))).isNull();
	}

	@Test
	void aCodeOfTheWrongShapeIsMalformed() {
		assertThat(CodeCheck.whyInvalid(new BindingCode("XX" + code.value().substring(2)), signer, CHANNEL, null,
				null)).isEqualTo(InvalidCode.MALFORMED);
	}

	@Test
	void aCodeNobodyIssuedIsUnknownWhenItsSignatureHoldsAndTamperedWhenItDoesNot() {
		BindingCode notIssued = signer.issue();

		assertThat(CodeCheck.whyInvalid(notIssued, signer, CHANNEL, null, null)).isEqualTo(InvalidCode.UNKNOWN);
		assertThat(CodeCheck.whyInvalid(altered(notIssued), signer, CHANNEL, null, null))
			.isEqualTo(InvalidCode.TAMPERED);
	}

	@Test
	void anAlteredIssuedCodeIsTamperedAndTheOtherChannelsCodeIsRefusedAsSuch() {
		assertThat(CodeCheck.whyInvalid(altered(code), signer, CHANNEL, issued(aoi), working(aoi)))
			.isEqualTo(InvalidCode.TAMPERED);
		assertThat(CodeCheck.whyInvalid(code, signer, CHANNEL + 1, issued(aoi), working(aoi)))
			.isEqualTo(InvalidCode.OTHER_CHANNEL);
	}

	@Test
	void aRevokedCodeDoesNotBind() {
		assertThat(CodeCheck.whyInvalid(code, signer, CHANNEL, new IssuedCode(CHANNEL, aoi, true), working(aoi)))
			.isEqualTo(InvalidCode.REVOKED);
	}

	@Test
	void aTargetThatCannotTakeAContactMakesTheCodeInvalid() {
		BindingTarget inTeam = BindingTarget.agentInTeam(new AgentId(1), new TeamId(2));

		assertThat(CodeCheck.whyInvalid(code, signer, CHANNEL, issued(aoi),
				new TargetState(aoi, "Aoi", false, true, true, null, null, false))).isEqualTo(InvalidCode.AGENT_INACTIVE);
		assertThat(CodeCheck.whyInvalid(code, signer, CHANNEL, issued(inTeam),
				new TargetState(inTeam, "Aoi", true, false, true, null, null, true))).isEqualTo(InvalidCode.TEAM_EMPTY);
		assertThat(CodeCheck.whyInvalid(code, signer, CHANNEL, issued(inTeam),
				new TargetState(inTeam, "Aoi", true, true, false, null, null, true))).isEqualTo(InvalidCode.NOT_IN_TEAM);
	}

	private static IssuedCode issued(BindingTarget target) {
		return new IssuedCode(CHANNEL, target, false);
	}

	private static TargetState working(BindingTarget target) {
		return new TargetState(target, "Aoi", true, true, true, null, null, true);
	}

	private static BindingCode altered(BindingCode code) {
		char last = code.value().charAt(BindingCode.LENGTH - 1);
		return new BindingCode(code.value().substring(0, BindingCode.LENGTH - 1) + (last == 'A' ? 'B' : 'A'));
	}
}
