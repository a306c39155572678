package dev.tether.line.webhook;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** Serves {@link LineWebhookServlet} under its own mapping, ready when the server starts. */
@Configuration(proxyBeanMethods = false)
class LineWebhookEndpoint {

	@Bean
	ServletRegistrationBean<LineWebhookServlet> lineWebhookServlet(WebhookIntake intake,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
		ServletRegistrationBean<LineWebhookServlet> registration = new ServletRegistrationBean<>(
				new LineWebhookServlet(intake, problems), LineWebhookServlet.MAPPING);
		registration.setName("lineWebhook");
		registration.setLoadOnStartup(1);
		return registration;
	}
}
