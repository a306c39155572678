package dev.tether.api.binding;

import dev.tether.api.security.Caller;
import dev.tether.api.web.Ids;
import dev.tether.line.link.OaMessageLink;
import dev.tether.persistence.binding.BindingCodeService.CodeWithTarget;
import dev.tether.persistence.binding.BindingCodeService;
import dev.tether.persistence.binding.IssuedCodeView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Binding codes: the link and QR code a customer scans to reach one agent or team. */
@RestController
class BindingCodeController {

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private final BindingCodeService codes;

	private final BindingCodeAccess access;

	BindingCodeController(BindingCodeService codes, BindingCodeAccess access) {
		this.codes = codes;
		this.access = access;
	}

	@PostMapping("/api/v1/binding-codes")
	@ResponseStatus(HttpStatus.CREATED)
	BindingCodeResponse issue(Caller.Member caller, @Valid @RequestBody NewBindingCode body) {
		Long agentId = Ids.parse(body.agentId(), "AGENT_NOT_FOUND", "agent");
		Long teamId = Ids.parse(body.teamId(), "TEAM_NOT_FOUND", "team");
		access.check(caller, agentId, teamId);
		return BindingCodeResponse.of(codes.issue(caller.orgId(),
				Ids.parse(body.channelId(), "CHANNEL_NOT_FOUND", "channel"), agentId, teamId));
	}

	@GetMapping("/api/v1/binding-codes/{id}")
	BindingCodeResponse get(Caller.Member caller, @PathVariable long id) {
		return BindingCodeResponse.of(visible(caller, id));
	}

	@GetMapping("/api/v1/binding-codes/{id}/qr.svg")
	ResponseEntity<String> svg(Caller.Member caller, @PathVariable long id) {
		return ResponseEntity.ok().contentType(SVG).body(QrCodes.svg(BindingCodeResponse.of(visible(caller, id)).link()));
	}

	@GetMapping("/api/v1/binding-codes/{id}/qr.png")
	ResponseEntity<byte[]> png(Caller.Member caller, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.body(QrCodes.png(BindingCodeResponse.of(visible(caller, id)).link()));
	}

	@DeleteMapping("/api/v1/binding-codes/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(Caller.Member caller, @PathVariable long id) {
		visible(caller, id);
		codes.revoke(caller.orgId(), id);
	}

	private CodeWithTarget visible(Caller.Member caller, long id) {
		CodeWithTarget code = codes.get(caller.orgId(), id);
		access.check(caller, code.code().agentId(), code.code().teamId());
		return code;
	}

	record NewBindingCode(@NotBlank String channelId, @Nullable String agentId, @Nullable String teamId) {
	}

	record BindingCodeResponse(String id, String code, String message, String link, String qrSvgPath,
			String qrPngPath, String channelId, @Nullable String agentId, @Nullable String teamId, boolean revoked) {

		static BindingCodeResponse of(CodeWithTarget issued) {
			IssuedCodeView code = issued.code();
			String message = issued.message();
			String path = "/api/v1/binding-codes/" + code.id();
			return new BindingCodeResponse(Long.toString(code.id()), code.code().value(), message,
					OaMessageLink.of(issued.channel().basicId(), message), path + "/qr.svg", path + "/qr.png",
					Long.toString(code.channelId()), Ids.format(code.agentId()), Ids.format(code.teamId()),
					code.revoked());
		}
	}
}
