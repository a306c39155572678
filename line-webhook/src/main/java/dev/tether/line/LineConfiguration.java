package dev.tether.line;

import dev.tether.persistence.line.ReplyTokenLifetime;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The LINE side of Tether: the webhook, and the replies it sends back. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(LineProperties.class)
public class LineConfiguration {

	@Bean
	ReplyTokenLifetime replyTokenLifetime(LineProperties properties) {
		return new ReplyTokenLifetime(properties.replyTokenLifetime());
	}
}
