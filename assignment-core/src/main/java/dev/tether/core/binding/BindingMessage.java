package dev.tether.core.binding;

import org.jspecify.annotations.Nullable;

/**
 * The message a binding link pre-fills in LINE: the org's template, in which {@code {name}} stands
 * for the target's name, or the default one. The code is always appended, so no template can
 * leave a message that binds nobody.
 *
 * @param template the org's template, or {@code null} for the default message
 */
public record BindingMessage(@Nullable String template) {

	public static final BindingMessage DEFAULT = new BindingMessage(null);

	/** Refuses, naming the field, a template that is blank or too long. */
	public BindingMessage {
		Templates.check("bindingMessage", template, false);
	}

	/** The message that binds to {@code targetName} with {@code code}. */
	public String of(BindingCode code, String targetName) {
		return template == null ? code.message(targetName) : code.appendedTo(template.replace(ReplyTexts.NAME, targetName));
	}
}
