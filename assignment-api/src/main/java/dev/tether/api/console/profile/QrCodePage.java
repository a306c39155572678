package dev.tether.api.console.profile;

import java.nio.charset.StandardCharsets;

import dev.tether.api.binding.BindingCodeAccess;
import dev.tether.api.binding.QrCodes;
import dev.tether.api.console.security.ConsoleUser;
import dev.tether.api.web.Downloads;
import dev.tether.persistence.binding.BindingCodeService;
import dev.tether.persistence.binding.BindingCodeService.CodeWithTarget;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Makes binding codes and shows them: for an agent, a team, or an agent within a team, with the
 * API's rules on who may (an agent their own, a manager also their teams', owners and admins any).
 */
@Controller
class QrCodePage {

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private final BindingCodeService codes;

	private final BindingCodeAccess access;

	QrCodePage(BindingCodeService codes, BindingCodeAccess access) {
		this.codes = codes;
		this.access = access;
	}

	@PostMapping("/console/qr-codes")
	String create(ConsoleUser me, @RequestParam long channelId, @RequestParam(required = false) @Nullable Long agentId,
			@RequestParam(required = false) @Nullable Long teamId) {
		access.check(me.caller(), agentId, teamId);
		return "redirect:/console/qr-codes/" + codes.issue(me.orgId(), channelId, agentId, teamId).code().id();
	}

	@GetMapping("/console/qr-codes/{id}")
	String page(ConsoleUser me, @PathVariable long id, Model model) {
		model.addAttribute("code", QrCodeView.of(visible(me, id)));
		return "console/qr-code";
	}

	@GetMapping("/console/qr-codes/{id}/qr.svg")
	ResponseEntity<byte[]> svg(ConsoleUser me, @PathVariable long id, @RequestParam(defaultValue = "false") boolean download) {
		QrCodeView code = QrCodeView.of(visible(me, id));
		byte[] svg = QrCodes.svg(code.link()).getBytes(StandardCharsets.UTF_8);
		return download ? Downloads.attachment(code.fileName("svg"), SVG, svg)
				: ResponseEntity.ok().contentType(SVG).body(svg);
	}

	@GetMapping("/console/qr-codes/{id}/qr.png")
	ResponseEntity<byte[]> png(ConsoleUser me, @PathVariable long id, @RequestParam(defaultValue = "false") boolean download) {
		QrCodeView code = QrCodeView.of(visible(me, id));
		byte[] png = QrCodes.png(code.link());
		return download ? Downloads.attachment(code.fileName("png"), MediaType.IMAGE_PNG, png)
				: ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
	}

	private CodeWithTarget visible(ConsoleUser me, long id) {
		CodeWithTarget code = codes.get(me.orgId(), id);
		access.check(me.caller(), code.code().agentId(), code.code().teamId());
		return code;
	}
}
