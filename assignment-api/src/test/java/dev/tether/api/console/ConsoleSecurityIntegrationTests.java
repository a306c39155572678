package dev.tether.api.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.tether.api.support.ConsoleSession;
import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.Person;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's session security, over plain HTTP as a browser (or a forger) would speak it. */
@ExtendWith(OutputCaptureExtension.class)
class ConsoleSecurityIntegrationTests extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyConsoleFormRefusesAPostWithoutItsCsrfTokenAndChangesNothing() {
		OrgFixture org = anOrg();
		org.aChannel();
		Person owner = org.aPersonWhoSignsIn("Grace Owner", "OWNER");
		String team = org.aTeam("Sales", owner.id());
		ConsoleSession session = ConsoleSession.signedIn(api.baseUrl(), owner);
		List<String> posts = new ArrayList<>(List.of("/console/login", "/console/logout"));
		mappings.getHandlerMethods().forEach((mapping, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("dev.tether.api.console")
					&& mapping.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				posts.addAll(mapping.getPatternValues());
			}
		});
		assertThat(posts).contains("/console/users", "/console/teams/{id}", "/console/settings",
				"/console/presence/heartbeat", "/console/conversations/{id}/take", "/console/welcome");

		for (String path : posts) {
			String concrete = path.replace("{id}", path.startsWith("/console/teams") ? team : owner.id());
			TetherClient.Response refused = session.postWithoutCsrf(concrete,
					Map.of("name", "Forged", "email", "forged@evil.test", "status", "OFFLINE"));
			assertThat(refused.status()).as(concrete + " " + refused).isEqualTo(403);
		}
		assertThat(api.get("/api/v1/agents", org.ownerToken()).text()).doesNotContain("forged@evil.test");
		assertThat(api.get("/api/v1/teams/" + team, org.ownerToken()).field("name")).isEqualTo("Sales");
		assertThat(session.get("/console/work").status()).as("still signed in").isEqualTo(200);
	}

	@Test
	void signingInGivesTheSessionANewId() {
		Person agent = anOrg().aPersonWhoSignsIn("Alice Chen", "AGENT");
		ConsoleSession session = new ConsoleSession(api.baseUrl());
		session.get("/console/login");
		String before = session.sessionId();

		TetherClient.Response signedIn = session.signIn(agent.email(), agent.password());

		assertThat(signedIn.header("Location")).endsWith("/console/work");
		assertThat(before).isNotNull();
		assertThat(session.sessionId()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void signInIsThrottledAfterRepeatedFailuresEvenWithTheRightPassword() {
		Person agent = anOrg().aPersonWhoSignsIn("Alice Chen", "AGENT");
		ConsoleSession session = new ConsoleSession(api.baseUrl());
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(session.signIn(agent.email(), "wrong password " + attempt).header("Location"))
				.endsWith("/console/login?error");
		}

		TetherClient.Response fifth = session.signIn(agent.email(), "wrong password 5");
		TetherClient.Response right = session.signIn(agent.email(), agent.password());

		assertThat(fifth.header("Location")).endsWith("/console/login?throttled");
		assertThat(right.header("Location")).endsWith("/console/login?throttled");
		assertThat(session.get("/console/login?throttled").text()).contains("Too many failed sign-ins");
		assertThat(session.get("/console/work").status()).as("not signed in").isEqualTo(302);
		Person other = anOrg().aPersonWhoSignsIn("Bob Other", "AGENT");
		assertThat(ConsoleSession.signedIn(api.baseUrl(), other).get("/console/work").status())
			.as("other emails are not locked out")
			.isEqualTo(200);
	}

	@Test
	void theApiRefusesTheConsoleSessionCookie() {
		Person owner = anOrg().aPersonWhoSignsIn("Grace Owner", "OWNER");
		ConsoleSession session = ConsoleSession.signedIn(api.baseUrl(), owner);

		TetherClient.Response agents = api.send("GET", "/api/v1/agents", null, null, null,
				Map.of("Cookie", "JSESSIONID=" + session.sessionId()));
		TetherClient.Response created = api.send("POST", "/api/v1/agents", null, "application/json",
				"{\"email\":\"x@y.test\",\"name\":\"X\"}".getBytes(), Map.of("Cookie", "JSESSIONID=" + session.sessionId()));

		assertThat(agents.status()).isEqualTo(401);
		assertThat(agents.problemCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(created.status()).isEqualTo(401);
		assertThat(agents.header("Set-Cookie")).isNull();
	}

	@Test
	void noTokenPasswordOrInviteSecretAppearsInAPageOrTheLog(CapturedOutput output) {
		TetherClient.Response created = api.post("/api/v1/orgs", ADMIN_TOKEN,
				Map.of("name", "Secretive", "ownerEmail", "owner@secret.test", "ownerName", "佐藤 葵"));
		String ownerToken = created.field("ownerToken");
		String inviteUrl = created.field("ownerInviteUrl");
		String inviteSecret = inviteUrl.substring(inviteUrl.lastIndexOf('/') + 1);
		String channelSecret = "channel-secret-" + java.util.UUID.randomUUID();
		TetherClient.Response channel = api.post("/api/v1/channels", ownerToken, Map.of("name", "Main", "basicId",
				"@secret", "channelSecret", channelSecret, "channelAccessToken", "access-token-of-the-channel"));
		String password = "a long and secret password";
		ConsoleSession session = new ConsoleSession(api.baseUrl());
		List<TetherClient.Response> pages = new ArrayList<>();
		pages.add(session.get(java.net.URI.create(inviteUrl).getPath()));
		pages.add(session.get("/console/welcome"));
		pages.add(session.post("/console/welcome", Map.of("password", password, "confirmation", password)));
		pages.add(session.get("/console/login"));
		pages.add(session.signIn("owner@secret.test", "a wrong password, logged nowhere"));
		pages.add(session.signIn("owner@secret.test", password));
		String owner = created.field("ownerAgentId");
		for (String path : List.of("/console/work", "/console/work/lists", "/console/profile", "/console/users",
				"/console/users/" + owner, "/console/teams", "/console/teams/new", "/console/settings",
				"/console/bindings", "/console/reports", "/console/users/new")) {
			pages.add(session.get(path));
		}
		pages.add(session.post("/console/qr-codes", Map.of("channelId", channel.field("id"), "agentId", owner)));
		pages.add(session.get(pages.get(pages.size() - 1).header("Location")));

		for (TetherClient.Response page : pages) {
			assertThat(page.status()).as(page.toString()).isLessThan(400);
			assertThat(page.text() + page.headers()).doesNotContain(ownerToken, inviteSecret, password, channelSecret,
					"access-token-of-the-channel", "a wrong password");
		}
		assertThat(output.getAll()).doesNotContain(ownerToken, inviteSecret, password, channelSecret,
				"a wrong password");
	}

	@Test
	void anInviteLinkWorksOnceAndAnExpiredOrUsedOneSaysSoOnAPageOfItsOwn() {
		OrgFixture org = anOrg();
		String agent = org.anAgent("Alice Chen");
		String used = org.anInviteFor(agent);
		new ConsoleSession(api.baseUrl()).acceptInvite(used, "first password of alice");
		String replaced = org.anInviteFor(agent);
		String expired = org.anInviteFor(agent);
		db.sql("update console_invite set expires_at = now() - interval '1 minute' where id = "
				+ "(select max(id) from console_invite where agent_id = ?)").param(Long.parseLong(agent)).update();

		TetherClient.Response usedPage = new ConsoleSession(api.baseUrl()).get(java.net.URI.create(used).getPath());
		TetherClient.Response replacedPage = new ConsoleSession(api.baseUrl())
			.get(java.net.URI.create(replaced).getPath());
		TetherClient.Response expiredPage = new ConsoleSession(api.baseUrl())
			.get(java.net.URI.create(expired).getPath());
		TetherClient.Response unknownPage = new ConsoleSession(api.baseUrl()).get("/console/invite/tt_nothing");

		assertThat(usedPage.status()).isEqualTo(410);
		assertThat(usedPage.text()).contains("This invite link was already used");
		assertThat(replacedPage.status()).as("a newer link replaces an older one").isEqualTo(410);
		assertThat(expiredPage.status()).isEqualTo(410);
		assertThat(expiredPage.text()).contains("This invite link has expired");
		assertThat(unknownPage.status()).isEqualTo(404);
		assertThat(unknownPage.text()).contains("This is not a valid invite link");
	}

	@Test
	void aNewOrgWithAnOwnerEmailMakesThatPersonAnOwnerWhoSignsInThroughTheLink() {
		TetherClient.Response created = api.post("/api/v1/orgs", ADMIN_TOKEN,
				Map.of("name", "Acme", "ownerEmail", "aoi@acme.test", "ownerName", "佐藤 葵"));
		String ownerToken = created.field("ownerToken");

		TetherClient.Response owner = api.get("/api/v1/agents/" + created.field("ownerAgentId"), ownerToken);
		ConsoleSession session = new ConsoleSession(api.baseUrl());
		TetherClient.Response set = session.acceptInvite(created.field("ownerInviteUrl"), "the owner's password");
		TetherClient.Response signedIn = session.signIn("aoi@acme.test", "the owner's password");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.field("ownerInviteUrl")).startsWith(api.baseUrl() + "/console/invite/");
		assertThat(owner.field("role")).isEqualTo("OWNER");
		assertThat(owner.field("name")).isEqualTo("佐藤 葵");
		assertThat(set.header("Location")).endsWith("/console/login");
		assertThat(signedIn.header("Location")).endsWith("/console/work");
		assertThat(session.get("/console/users").text()).contains("佐藤 葵");
	}

	@Test
	void anOwnerEmailWithoutANameIsRefusedAndMakesNoOrg() {
		long orgsBefore = db.sql("select count(*) from org").query(Long.class).single();

		TetherClient.Response refused = api.post("/api/v1/orgs", ADMIN_TOKEN,
				Map.of("name", "Half", "ownerEmail", "half@acme.test"));
		TetherClient.Response badEmail = api.post("/api/v1/orgs", ADMIN_TOKEN,
				Map.of("name", "Bad", "ownerEmail", "not-an-email", "ownerName", "Bad"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(badEmail.status()).isEqualTo(400);
		assertThat(badEmail.json().path("errors").get(0).path("field").asString()).isEqualTo("ownerEmail");
		assertThat(db.sql("select count(*) from org").query(Long.class).single()).isEqualTo(orgsBefore);
	}

	@Test
	void anOwnerOrAdminMakesAnInviteThatLastsSevenDaysAndNobodyElseMay() {
		OrgFixture org = anOrg();
		String agent = org.anAgent("Alice Chen");

		TetherClient.Response invite = api.post("/api/v1/agents/" + agent + "/invite", org.ownerToken(), null);
		TetherClient.Response byAgent = api.post("/api/v1/agents/" + agent + "/invite", org.aToken("AGENT", agent),
				null);
		TetherClient.Response byManager = api.post("/api/v1/agents/" + agent + "/invite",
				org.aToken("MANAGER", agent), null);

		assertThat(invite.status()).isEqualTo(201);
		assertThat(invite.field("inviteUrl")).startsWith(api.baseUrl() + "/console/invite/tt_");
		java.time.Instant expiresAt = java.time.Instant.parse(invite.field("expiresAt"));
		assertThat(expiresAt).isBetween(java.time.Instant.now().plus(java.time.Duration.ofDays(7)).minusSeconds(60),
				java.time.Instant.now().plus(java.time.Duration.ofDays(7)).plusSeconds(60));
		assertThat(byAgent.status()).isEqualTo(403);
		assertThat(byManager.status()).isEqualTo(403);
		assertThat(db.sql("select count(*) from console_invite where secret_hash like 'tt_%'").query(Long.class)
			.single()).as("secrets are stored hashed").isZero();
	}

	@Test
	void aFormShowsTheApisOwnValidationErrorsBesideTheField() {
		OrgFixture org = anOrg();
		Person owner = org.aPersonWhoSignsIn("Grace Owner", "OWNER");
		ConsoleSession session = ConsoleSession.signedIn(api.baseUrl(), owner);
		Map<String, Object> bad = Map.of("name", " ", "email", "not-an-email", "maxOpenContacts", "-1");

		TetherClient.Response apiAnswer = api.post("/api/v1/agents", org.ownerToken(), bad);
		session.get("/console/users/new");
		TetherClient.Response page = session.post("/console/users", bad);

		assertThat(page.status()).isEqualTo(400);
		for (var error : apiAnswer.json().path("errors")) {
			assertThat(page.text()).contains("data-error-for=\"" + error.path("field").asString() + "\">"
					+ error.path("message").asString() + "<");
		}
		TetherClient.Response taken = session.post("/console/users", Map.of("name", "Twin", "email", owner.email()));
		assertThat(taken.text()).contains("data-error-for=\"email\">An agent with email " + owner.email() + " exists<");
	}

	@Test
	void aDeactivatedPersonIsSignedOutOnTheirNextRequest() {
		OrgFixture org = anOrg();
		Person agent = org.aPersonWhoSignsIn("Alice Chen", "AGENT");
		ConsoleSession session = ConsoleSession.signedIn(api.baseUrl(), agent);

		api.delete("/api/v1/agents/" + agent.id(), org.ownerToken());

		assertThat(session.get("/console/work").header("Location")).endsWith("/console/login");
		assertThat(new ConsoleSession(api.baseUrl()).signIn(agent.email(), agent.password()).header("Location"))
			.endsWith("/console/login?error");
	}

	@Test
	void anAgentTakesAndClosesWorkOnlyAsTheApiAllows() {
		OrgFixture org = anOrg();
		OrgFixture.ChannelRef channel = org.aChannel();
		Person alice = org.aPersonWhoSignsIn("Alice Chen", "AGENT");
		Person bob = org.aPersonWhoSignsIn("Bob Other", "AGENT");
		String team = org.aTeam("Support", Map.of("strategy", "MANUAL"), alice.id());
		org.settings("PERMANENT", List.of(), team);
		String contact = LineWebhook.aLineUserId();
		webhookOf(channel).deliver(LineWebhook.text(contact, "hello"));
		String conversation = org.contact(channel, contact).json().path("conversation").path("id").asString();
		ConsoleSession aliceSession = ConsoleSession.signedIn(api.baseUrl(), alice);
		ConsoleSession bobSession = ConsoleSession.signedIn(api.baseUrl(), bob);

		bobSession.get("/console/work");
		TetherClient.Response bobTakes = bobSession.post("/console/conversations/" + conversation + "/take", Map.of());
		assertThat(aliceSession.get("/console/work/lists").text()).contains("data-conversation=\"" + conversation + "\"");
		TetherClient.Response aliceTakes = aliceSession.post("/console/conversations/" + conversation + "/take",
				Map.of());
		String held = api.get("/api/v1/conversations/" + conversation, org.ownerToken()).field("agentId");
		aliceSession.get("/console/work");
		aliceSession.post("/console/conversations/" + conversation + "/close", Map.of());

		assertThat(bobTakes.status()).as("Bob is not in the team").isEqualTo(403);
		assertThat(aliceTakes.header("Location")).endsWith("/console/work");
		assertThat(held).isEqualTo(alice.id());
		assertThat(api.get("/api/v1/conversations/" + conversation, org.ownerToken()).field("status"))
			.isEqualTo("CLOSED");
	}
}
