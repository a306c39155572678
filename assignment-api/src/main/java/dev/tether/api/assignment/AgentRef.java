package dev.tether.api.assignment;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tether.api.web.TextWithoutNul;
import dev.tether.core.team.AgentReference;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An agent as a request body names it: {@code {"id": "12"}}, {@code {"email": "aoi@acme.jp"}},
 * {@code {"externalCode": "1234"}}, or a bare string meaning whichever of the three matches.
 */
@Schema(description = "An agent: {\"id\"}, {\"email\"} or {\"externalCode\"}, or a bare string that may be any of them",
		oneOf = { String.class, AgentRef.Keys.class })
final class AgentRef {

	private final AgentReference reference;

	private AgentRef(AgentReference reference) {
		this.reference = reference;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static AgentRef shorthand(String value) {
		return new AgentRef(AgentReference.shorthand(TextWithoutNul.requireStorable(value)));
	}

	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	static AgentRef keyed(@JsonProperty("id") @Nullable String id, @JsonProperty("email") @Nullable String email,
			@JsonProperty("externalCode") @Nullable String externalCode) {
		List<AgentReference> given = new ArrayList<>();
		if (id != null) {
			given.add(new AgentReference(AgentReference.Key.ID, id));
		}
		if (email != null) {
			given.add(new AgentReference(AgentReference.Key.EMAIL, email));
		}
		if (externalCode != null) {
			given.add(new AgentReference(AgentReference.Key.EXTERNAL_CODE, externalCode));
		}
		if (given.size() != 1) {
			throw new IllegalArgumentException("name the agent with exactly one of id, email, externalCode");
		}
		return new AgentRef(given.get(0));
	}

	AgentReference reference() {
		return reference;
	}

	/** The object form, for the API document. */
	record Keys(@Nullable String id, @Nullable String email, @Nullable String externalCode) {
	}
}
