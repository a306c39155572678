package dev.tether.api.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiDocumentIntegrationTests extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void theDocumentListsEveryEndpointTheApplicationServes() {
		JsonNode document = api.get("/v3/api-docs", null).json();

		List<String> missing = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			String owner = mapping.getValue().getBeanType().getPackageName();
			// The console's pages are HTML for people, documented in docs/console.md, not API.
			if (!owner.startsWith("dev.tether") || owner.startsWith("dev.tether.api.console")) {
				continue;
			}
			for (String path : mapping.getKey().getPatternValues()) {
				for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
					if (document.path("paths").path(path).path(method.name().toLowerCase()).isMissingNode()) {
						missing.add(method + " " + path);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(document.path("paths").has("/api/v1/assignments/manual")).isTrue();
		assertThat(document.path("paths").has("/line/webhook/{channelId}")).isTrue();
		assertThat(document.path("paths").has("/api/v1/agents/{ref}/invite")).isTrue();
		assertThat(document.path("paths").has("/console/login")).as("pages are not API").isFalse();
		assertThat(document.path("components").path("schemas").path("NewOrg").path("properties").has("ownerEmail"))
			.isTrue();
	}

	@Test
	void anEventsDataIsDocumentedAsTheObjectItIsNotAsTheTextItIsKeptIn() {
		JsonNode document = api.get("/v3/api-docs", null).json();

		JsonNode envelope = document.path("components").path("schemas").path("Envelope").path("properties");
		assertThat(envelope.path("data").path("type").asString()).isEqualTo("object");
		assertThat(envelope.path("occurredAt").path("format").asString()).isEqualTo("date-time");
	}

	@Test
	void schedulesAndTheTeamsAvailabilityFieldsAreDocumented() {
		JsonNode document = api.get("/v3/api-docs", null).json();

		JsonNode paths = document.path("paths");
		assertThat(paths.path("/api/v1/teams/{ref}/schedule").has("put")).isTrue();
		assertThat(paths.path("/api/v1/agents/{ref}/schedule").has("delete")).isTrue();
		assertThat(paths.path("/api/v1/teams/{ref}/availability").path("get").path("parameters").toString())
			.contains("\"at\"");
		assertThat(paths.path("/api/v1/conversations/{id}/history").has("get")).isTrue();
		JsonNode schemas = document.path("components").path("schemas");
		assertThat(schemas.path("ScheduleForm").path("properties").has("overrides")).isTrue();
		assertThat(schemas.path("TeamResponse").path("properties").has("unansweredTransferSeconds")).isTrue();
		assertThat(schemas.path("Settings").path("properties").has("boundAgentUnavailable")).isTrue();
	}

	@Test
	void theDocumentDeclaresTheBearerScheme() {
		JsonNode document = api.get("/v3/api-docs", null).json();

		assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
			.isEqualTo("bearer");
		assertThat(document.path("security").get(0).has("bearer")).isTrue();
	}

	@Test
	void swaggerUiIsServed() {
		TetherClient.Response page = api.get("/swagger-ui/index.html", null);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("swagger");
	}
}
