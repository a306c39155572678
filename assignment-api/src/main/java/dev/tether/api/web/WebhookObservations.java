package dev.tether.api.web;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Leaves LINE's webhook out of the HTTP request observations: it is the one endpoint called
 * thousands of times a second, and the inbox's own metrics (depth, processed, reply latency) say
 * more about it than request timings.
 */
@Configuration(proxyBeanMethods = false)
class WebhookObservations {

	@Bean
	ObservationPredicate noWebhookRequestObservations() {
		return (name, context) -> !(context instanceof ServerRequestObservationContext request
				&& request.getCarrier().getRequestURI().startsWith("/line/webhook/"));
	}
}
