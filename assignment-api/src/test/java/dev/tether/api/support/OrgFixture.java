package dev.tether.api.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import static dev.tether.api.support.IntegrationTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** An org made through the API, and what its admins set up in it, named by intent. */
public final class OrgFixture {

	/** The secret of LINE's documentation samples, which signs the SDK's fixtures. */
	public static final String SAMPLE_CHANNEL_SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";

	private final TetherClient api;

	private final String id;

	private final String ownerToken;

	private OrgFixture(TetherClient api, String id, String ownerToken) {
		this.api = api;
		this.id = id;
		this.ownerToken = ownerToken;
	}

	static OrgFixture create(TetherClient api) {
		TetherClient.Response created = api.post("/api/v1/orgs", IntegrationTest.ADMIN_TOKEN,
				Map.of("name", "Brand " + UUID.randomUUID()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new OrgFixture(api, created.field("id"), created.field("ownerToken"));
	}

	/** The same org, reached through another instance of the application (one restarted, say). */
	public OrgFixture on(TetherClient instance) {
		return new OrgFixture(instance, id, ownerToken);
	}

	public String id() {
		return id;
	}

	public String ownerToken() {
		return ownerToken;
	}

	public ChannelRef aChannel() {
		return aChannelWithSecret(SAMPLE_CHANNEL_SECRET);
	}

	public ChannelRef aChannelWithSecret(String secret) {
		String token = "access-" + UUID.randomUUID();
		TetherClient.Response created = expect(201, api.post("/api/v1/channels", ownerToken,
				Map.of("name", "Main account", "basicId", "@brand", "channelSecret", secret, "channelAccessToken",
						token)));
		return new ChannelRef(created.field("id"), secret, token);
	}

	public String anAgent(String name) {
		return anAgent(name, Map.of());
	}

	public String anAgent(String name, Map<String, Object> extra) {
		Map<String, Object> body = new LinkedHashMap<>(extra);
		body.put("name", name);
		body.putIfAbsent("email", emailLocalPart(name) + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@brand.test");
		return expect(201, api.post("/api/v1/agents", ownerToken, body)).field("id");
	}

	/** "Alice Chen" is alice.chen; a name with no Latin letters, such as 佐藤 葵, is just "agent". */
	private static String emailLocalPart(String name) {
		String local = name.toLowerCase().replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
		return local.isEmpty() ? "agent" : local;
	}

	/** A sign-in link for the agent, as an owner makes it. */
	public String anInviteFor(String agentId) {
		return expect(201, api.post("/api/v1/agents/" + agentId + "/invite", ownerToken, null)).field("inviteUrl");
	}

	/** An agent who has set a console password through an invite link. */
	public Person aPersonWhoSignsIn(String name, String role) {
		String id = anAgent(name, Map.of("role", role));
		String email = api.get("/api/v1/agents/" + id, ownerToken).field("email");
		String password = "pw-" + UUID.randomUUID();
		TetherClient.Response set = new ConsoleSession(api.baseUrl()).acceptInvite(anInviteFor(id), password);
		assertThat(set.header("Location")).as(set.toString()).endsWith("/console/login");
		return new Person(id, name, email, password);
	}

	/** The presence routing sees for the agent now. */
	public String presenceOf(String agentId) {
		return api.get("/api/v1/agents/" + agentId, ownerToken).field("presence");
	}

	public String aTeam(String name, String... memberIds) {
		return aTeam(name, Map.of(), memberIds);
	}

	public String aTeam(String name, Map<String, Object> extra, String... memberIds) {
		Map<String, Object> body = new LinkedHashMap<>(extra);
		body.put("name", name);
		body.putIfAbsent("strategy", "ROUND_ROBIN");
		body.putIfAbsent("onlineOnly", false);
		body.put("memberIds", Arrays.asList(memberIds));
		return expect(201, api.post("/api/v1/teams", ownerToken, body)).field("id");
	}

	public void settings(String mode, List<String> autoTags) {
		expect(200, api.put("/api/v1/settings", ownerToken, Map.of("assignmentMode", mode, "autoTags", autoTags)));
	}

	/** Settings with a default team, which takes the new chats of contacts bound to nobody. */
	public void settings(String mode, List<String> autoTags, String defaultTeamId) {
		expect(200, api.put("/api/v1/settings", ownerToken,
				Map.of("assignmentMode", mode, "autoTags", autoTags, "defaultTeamId", defaultTeamId)));
	}

	/** A binding code's answer: code, message, link and QR paths. */
	public TetherClient.Response aBindingCode(ChannelRef channel, @Nullable String agentId, @Nullable String teamId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("channelId", channel.id());
		if (agentId != null) {
			body.put("agentId", agentId);
		}
		if (teamId != null) {
			body.put("teamId", teamId);
		}
		return expect(201, api.post("/api/v1/binding-codes", ownerToken, body));
	}

	/** The message a customer sends after scanning the agent's QR code. */
	public String bindingMessageFor(ChannelRef channel, String agentId) {
		return aBindingCode(channel, agentId, null).field("message");
	}

	public String aToken(String role, @Nullable String agentId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", role.toLowerCase() + " token");
		body.put("role", role);
		if (agentId != null) {
			body.put("agentId", agentId);
		}
		return expect(201, api.post("/api/v1/tokens", ownerToken, body)).field("token");
	}

	public TetherClient.Response contact(ChannelRef channel, String lineUserId) {
		return api.get("/api/v1/channels/" + channel.id() + "/contacts/" + lineUserId, ownerToken);
	}

	public TetherClient.Response replies(ChannelRef channel, String lineUserId) {
		return api.get("/api/v1/channels/" + channel.id() + "/contacts/" + lineUserId + "/replies", ownerToken);
	}

	public TetherClient.Response events(String type) {
		return api.get("/api/v1/events?type=" + type, ownerToken);
	}

	/** Someone who signs in to the console. */
	public record Person(String id, String name, String email, String password) {
	}

	/** A connected LINE channel, with the secrets a test needs to play LINE. */
	public record ChannelRef(String id, String secret, String accessToken) {
	}
}
