package dev.tether.api.error;

import dev.tether.core.Refusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one mapping from failures to RFC 9457 problems, in a web slice: a controller that fails in
 * every way a use case or a request can, and the problem each failure becomes.
 */
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = { ProblemAdvice.class, ProblemMappingTests.Failing.class })
class ProblemMappingTests {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "NOT_FOUND, 404", "ALREADY_EXISTS, 409", "CONFLICT, 409", "UNPROCESSABLE, 422",
			"INVALID_INPUT, 400", "TOO_LARGE, 413", "FORBIDDEN, 403", "UNAVAILABLE, 503" })
	void aRefusalBecomesAProblemWithItsKindsStatusAndItsOwnCode(Refusal.Kind kind, int status) throws Exception {
		mvc.perform(get("/refusals/{kind}", kind))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.code").value(kind == Refusal.Kind.FORBIDDEN ? "FORBIDDEN" : "A_" + kind))
			.andExpect(jsonPath("$.detail").value("refused as " + kind))
			.andExpect(jsonPath("$.title").isNotEmpty());
	}

	@Test
	void aPassingUnavailabilitySaysWhenToTryAgain() throws Exception {
		mvc.perform(get("/refusals/UNAVAILABLE")).andExpect(header().string("Retry-After", "1"));
	}

	@Test
	void bodyThatIsNotJsonIsMalformed() throws Exception {
		mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MALFORMED_JSON"));
	}

	@Test
	void aFieldOfTheWrongTypeIsNamed() throws Exception {
		mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"a\", \"count\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[0].field").value("count"));
	}

	@Test
	void everyFieldThatBreaksARuleIsListed() throws Exception {
		mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" \", \"count\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors.length()").value(2));
	}

	@Test
	void aPathIdThatCannotBeAnIdNamesNothing() throws Exception {
		mvc.perform(get("/things/{id}", "abc"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("NOT_FOUND"));
	}

	@Test
	void aQueryParameterOfTheWrongTypeIsInvalidInput() throws Exception {
		mvc.perform(get("/things").param("page", "first"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void anUnsupportedMethodKeepsItsStatusAndGainsACode() throws Exception {
		mvc.perform(post("/things/{id}", 1))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
	}

	@Test
	void anUnexpectedFailureIsA500ThatTellsNothingOfItsCause() throws Exception {
		mvc.perform(get("/failures"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
			.andExpect(content().string(not(containsString("secret detail"))));
	}

	@RestController
	static class Failing {

		@GetMapping("/refusals/{kind}")
		void refuse(@PathVariable Refusal.Kind kind) {
			String detail = "refused as " + kind;
			throw switch (kind) {
				case NOT_FOUND -> Refusal.notFound("A_NOT_FOUND", detail);
				case ALREADY_EXISTS -> Refusal.alreadyExists("A_ALREADY_EXISTS", detail);
				case CONFLICT -> Refusal.conflict("A_CONFLICT", detail);
				case UNPROCESSABLE -> Refusal.unprocessable("A_UNPROCESSABLE", detail);
				case INVALID_INPUT -> Refusal.invalidInput("A_INVALID_INPUT", detail);
				case TOO_LARGE -> Refusal.tooLarge("A_TOO_LARGE", detail);
				case UNAVAILABLE -> Refusal.unavailable("A_UNAVAILABLE", detail);
				case FORBIDDEN -> Refusal.forbidden(detail);
				default -> new IllegalStateException("not a kind this test refuses with");
			};
		}

		@PostMapping("/things")
		String create(@Valid @RequestBody Thing thing) {
			return thing.name();
		}

		@GetMapping("/things/{id}")
		String read(@PathVariable long id) {
			return Long.toString(id);
		}

		@GetMapping("/things")
		String list(@RequestParam int page) {
			return Integer.toString(page);
		}

		@GetMapping("/failures")
		void fail() {
			throw new IllegalStateException("secret detail");
		}
	}

	record Thing(@NotBlank String name, @Positive int count) {
	}
}
