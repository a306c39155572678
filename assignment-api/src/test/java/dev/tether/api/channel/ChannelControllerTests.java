package dev.tether.api.channel;

import dev.tether.api.security.Caller;
import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.persistence.channel.ChannelService;
import dev.tether.persistence.channel.ChannelView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The channel controller in a web slice: what it reads from a request, whom it lets in, what it
 * hands the use case and how it answers; the use case itself stands in. The whole path, over real
 * HTTP against PostgreSQL, is {@code SettingsAndChannelIntegrationTests}'.
 */
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = ChannelControllerTests.Slice.class)
class ChannelControllerTests {

	private static final String NEW_CHANNEL = """
			{"name": " Acme LINE ", "basicId": "@acme", "channelSecret": "s3cret", "channelAccessToken": "t0ken"}""";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ChannelService channels;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anAdminConnectsAChannelAndSeesItWithoutItsSecrets() throws Exception {
		signedInAs(Role.ADMIN);
		given(channels.connect(7, " Acme LINE ", "@acme", "s3cret", "t0ken"))
			.willReturn(new ChannelView(42, "Acme LINE", "@acme", "/line/webhook/42"));

		mvc.perform(post("/api/v1/channels").contentType(MediaType.APPLICATION_JSON).content(NEW_CHANNEL))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value("42"))
			.andExpect(jsonPath("$.webhookPath").value("/line/webhook/42"))
			.andExpect(jsonPath("$.channelSecret").doesNotExist())
			.andExpect(jsonPath("$.channelAccessToken").doesNotExist());
	}

	@Test
	void anAgentMayNotConnectAChannelAndTheUseCaseIsNeverAsked() throws Exception {
		signedInAs(Role.AGENT);

		mvc.perform(post("/api/v1/channels").contentType(MediaType.APPLICATION_JSON).content(NEW_CHANNEL))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("FORBIDDEN"));
		verifyNoInteractions(channels);
	}

	@Test
	void aBasicIdThatIsNotALineIdIsNamedAndNothingIsConnected() throws Exception {
		signedInAs(Role.OWNER);

		mvc.perform(post("/api/v1/channels").contentType(MediaType.APPLICATION_JSON)
			.content(NEW_CHANNEL.replace("@acme", "not a line id")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[0].field").value("basicId"));
		verify(channels, never()).connect(anyLong(), anyString(), anyString(), anyString(), anyString());
	}

	@Test
	void aChannelOfNoOneInTheOrgIsNotFound() throws Exception {
		signedInAs(Role.OWNER);
		given(channels.get(7, 99)).willThrow(Refusal.notFound("CHANNEL_NOT_FOUND", "No channel 99 in this org"));

		mvc.perform(get("/api/v1/channels/99"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("CHANNEL_NOT_FOUND"));
	}

	@Test
	void withoutATokenTheCallerIsUnauthenticated() throws Exception {
		mvc.perform(get("/api/v1/channels")).andExpect(status().isUnauthorized());
		verifyNoInteractions(channels);
	}

	private static void signedInAs(Role role) {
		Caller.Member member = new Caller.Member(7, role, role.actsForAnAgent() ? 3L : null, 11);
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(member, null));
	}

	/** The controller, the caller argument and the problem mapping, as the application wires them. */
	@Configuration(proxyBeanMethods = false)
	@ComponentScan(basePackages = { "dev.tether.api.channel", "dev.tether.api.security", "dev.tether.api.error" },
			useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = { "dev\\.tether\\.api\\.channel\\.ChannelController",
							"dev\\.tether\\.api\\.security\\.WebConfiguration", "dev\\.tether\\.api\\.error\\.ProblemAdvice" }))
	static class Slice {
	}
}
