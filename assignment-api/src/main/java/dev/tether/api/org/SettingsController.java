package dev.tether.api.org;

import java.util.List;

import dev.tether.api.security.Caller;
import dev.tether.api.web.Ids;
import dev.tether.api.web.TagsInput;
import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.core.binding.AssignmentMode;
import dev.tether.core.binding.AutoTags;
import dev.tether.core.binding.BindingMessage;
import dev.tether.core.binding.ReplyTexts;
import dev.tether.core.routing.BoundAgentUnavailable;
import dev.tether.persistence.org.OrgService.Wording;
import dev.tether.persistence.org.OrgService;
import dev.tether.persistence.org.OrgView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The org's assignment settings (mode, auto tags, default team) and its wording for contacts. */
@RestController
public class SettingsController {

	private final OrgService orgs;

	SettingsController(OrgService orgs) {
		this.orgs = orgs;
	}

	@GetMapping("/api/v1/settings")
	Settings get(Caller.Member caller) {
		caller.require(Role.OWNER, Role.ADMIN);
		return Settings.of(orgs.get(caller.orgId()));
	}

	@PutMapping("/api/v1/settings")
	Settings put(Caller.Member caller, @Valid @RequestBody Settings body) {
		caller.require(Role.OWNER, Role.ADMIN);
		AutoTags tags = TagsInput.of("autoTags", body.autoTags() == null ? List.of() : body.autoTags());
		return Settings.of(orgs.changeSettings(caller.orgId(), body.assignmentMode(), tags,
				Ids.parse(body.defaultTeamId(), "TEAM_NOT_FOUND", "team"), body.wording(),
				body.boundAgentUnavailable() == null ? BoundAgentUnavailable.ASSIGN : body.boundAgentUnavailable()));
	}

	/**
	 * Public, so the console's form binds to this record and shows the same validation errors.
	 * {@code replyTexts} and {@code bindingMessage} are templates in which {@code {name}} stands for
	 * the target's name; one left out (or null) is the fixed text. {@code boundAgentUnavailable}
	 * left out is {@code ASSIGN}.
	 */
	public record Settings(@NotNull AssignmentMode assignmentMode, @Nullable List<String> autoTags,
			@Nullable String defaultTeamId, @Nullable ReplyTextsBody replyTexts, @Nullable String bindingMessage,
			@Nullable BoundAgentUnavailable boundAgentUnavailable) {

		public static Settings of(OrgView org) {
			ReplyTexts texts = org.replyTexts();
			return new Settings(org.assignmentMode(), org.autoTags().tags(), Ids.format(org.defaultTeamId()),
					new ReplyTextsBody(texts.success(), texts.conflict(), texts.invalid()),
					org.bindingMessage().template(), org.boundAgentUnavailable());
		}

		/** The wording as given, every template checked; a PUT without it goes back to the fixed texts. */
		Wording wording() {
			try {
				return new Wording(replyTexts == null ? ReplyTexts.FIXED
						: new ReplyTexts(replyTexts.success(), replyTexts.conflict(), replyTexts.invalid()),
						new BindingMessage(bindingMessage));
			}
			catch (IllegalArgumentException refused) {
				throw Refusal.invalidInput("VALIDATION_FAILED", refused.getMessage());
			}
		}
	}

	/** What a contact reads after sending a binding code: on success, on a conflict, when invalid. */
	public record ReplyTextsBody(@Nullable String success, @Nullable String conflict, @Nullable String invalid) {
	}
}
