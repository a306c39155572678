package dev.tether.api;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The generated OpenAPI document: Tether's API behind one bearer scheme, and LINE's webhook. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI tetherOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Tether API")
				.version("v1")
				.description("Conversation assignment for LINE Official Accounts. Every /api/** call needs "
						+ "Authorization: Bearer <token>; the LINE webhook is verified by its X-Line-Signature."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	/**
	 * The webhook is a servlet of its own, not a controller springdoc could find (decision 0005), so
	 * its operation is written here, with the answers LINE and an operator need to tell apart.
	 */
	@Bean
	OpenApiCustomizer lineWebhookOperation() {
		return document -> document.path("/line/webhook/{channelId}", new PathItem().post(new Operation()
			.addTagsItem("LINE webhook")
			.operationId("receiveLineWebhook")
			.summary("Where LINE delivers a channel's webhook events")
			.description("Answered 200 once the events are stored in the inbox, deduplicated on webhookEventId; "
					+ "they are acted on afterwards. Verified by X-Line-Signature over the raw body, not by a token.")
			.security(List.of())
			.addParametersItem(new PathParameter().name("channelId")
				.required(true)
				.schema(new IntegerSchema().format("int64")))
			.addParametersItem(new HeaderParameter().name("X-Line-Signature")
				.description("Base64 HMAC-SHA256 of the body with the channel secret")
				.schema(new StringSchema()))
			.requestBody(new RequestBody().required(true)
				.content(new Content().addMediaType("application/json", new MediaType().schema(webhookBody()))))
			.responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("The events are stored"))
				.addApiResponse("401", problem("INVALID_SIGNATURE: the signature does not match the body"))
				.addApiResponse("404", problem("CHANNEL_NOT_FOUND: no channel with this id; NOT_FOUND: the path "
						+ "below /line/webhook/ is not one channel id"))
				.addApiResponse("400", problem("MALFORMED_JSON or VALIDATION_FAILED: the body is not a LINE webhook"))
				.addApiResponse("405", problem("METHOD_NOT_ALLOWED: only POST, as the Allow header says"))
				.addApiResponse("413", problem("PAYLOAD_TOO_LARGE or TOO_MANY_EVENTS"))
				.addApiResponse("503", problem("INBOX_FULL, INBOX_BUSY or DATABASE_UNAVAILABLE: nothing was stored; "
						+ "LINE delivers again")
					.addHeaderObject("Retry-After", new Header().schema(new IntegerSchema()))))));
	}

	/**
	 * An event's data is kept and sent as the JSON it was recorded with, so the envelope holds it raw;
	 * to a reader of the document it is the object it is, whose fields depend on the event's type.
	 */
	@Bean
	OpenApiCustomizer eventEnvelopeData() {
		return document -> {
			Schema<?> envelope = document.getComponents().getSchemas() == null ? null
					: document.getComponents().getSchemas().get("Envelope");
			if (envelope != null && envelope.getProperties() != null) {
				envelope.getProperties()
					.put("data", new ObjectSchema().description("The event's fields, by type; see docs/api.md, "
							+ "Outbound events. For line.event, the LINE event exactly as LINE sent it."));
			}
		};
	}

	private static Schema<?> webhookBody() {
		return new ObjectSchema().addProperty("destination", new StringSchema())
			.addProperty("events", new ArraySchema().items(new ObjectSchema()
				.description("A LINE webhook event, as LINE sends it; see the Messaging API reference")))
			.required(List.of("events"));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new ObjectSchema().description("RFC 9457 problem details with a stable code"))));
	}
}
