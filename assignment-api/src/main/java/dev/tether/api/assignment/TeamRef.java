package dev.tether.api.assignment;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tether.api.web.TextWithoutNul;
import dev.tether.core.team.TeamReference;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A team as a request body names it: {@code {"id": "3"}}, {@code {"code": "CS"}}, or a bare string meaning either. */
@Schema(description = "A team: {\"id\"} or {\"code\"}, or a bare string that may be either",
		oneOf = { String.class, TeamRef.Keys.class })
final class TeamRef {

	private final TeamReference reference;

	private TeamRef(TeamReference reference) {
		this.reference = reference;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static TeamRef shorthand(String value) {
		return new TeamRef(TeamReference.shorthand(TextWithoutNul.requireStorable(value)));
	}

	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	static TeamRef keyed(@JsonProperty("id") @Nullable String id, @JsonProperty("code") @Nullable String code) {
		List<TeamReference> given = new ArrayList<>();
		if (id != null) {
			given.add(new TeamReference(TeamReference.Key.ID, id));
		}
		if (code != null) {
			given.add(new TeamReference(TeamReference.Key.CODE, code));
		}
		if (given.size() != 1) {
			throw new IllegalArgumentException("name the team with exactly one of id, code");
		}
		return new TeamRef(given.get(0));
	}

	TeamReference reference() {
		return reference;
	}

	/** The object form, for the API document. */
	record Keys(@Nullable String id, @Nullable String code) {
	}
}
