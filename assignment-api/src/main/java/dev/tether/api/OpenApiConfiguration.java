package dev.tether.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The generated OpenAPI document: Tether's API behind one bearer scheme. */
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
}
