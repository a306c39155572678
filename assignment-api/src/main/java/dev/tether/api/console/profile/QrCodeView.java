package dev.tether.api.console.profile;

import dev.tether.line.link.OaMessageLink;
import dev.tether.persistence.binding.BindingCodeService.CodeWithTarget;

/** A binding code as its page shows it: for whom, on which LINE account, the message and the link. */
public record QrCodeView(long id, String targetName, String channelName, String basicId, String message,
		String link) {

	public static QrCodeView of(CodeWithTarget issued) {
		String message = issued.message();
		return new QrCodeView(issued.code().id(), issued.targetName(), issued.channel().name(),
				issued.channel().basicId(), message, OaMessageLink.of(issued.channel().basicId(), message));
	}

	/** What a downloaded image is called, in any language: who it binds to, and the account. */
	public String fileName(String extension) {
		return targetName + "_" + basicId + "_QR." + extension;
	}
}
