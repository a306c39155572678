package dev.tether.api;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import dev.tether.api.config.TetherProperties;
import dev.tether.api.event.EventsProperties;
import dev.tether.core.routing.Router;
import dev.tether.line.LineConfiguration;
import dev.tether.persistence.PersistenceConfiguration;
import dev.tether.persistence.event.EventRetryPeriod;
import dev.tether.persistence.team.PresenceTtl;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Tether: decides who owns each LINE conversation, and tells the customer. */
@SpringBootApplication
@Import({ PersistenceConfiguration.class, LineConfiguration.class })
@EnableConfigurationProperties({ TetherProperties.class, EventsProperties.class })
public class TetherApplication {

	public static void main(String[] args) {
		SpringApplication.run(TetherApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Core's router, shared by every instance's workers: its randomness is per thread. */
	@Bean
	Router router() {
		return new Router(() -> ThreadLocalRandom.current().nextLong());
	}

	@Bean
	PresenceTtl presenceTtl(TetherProperties properties) {
		return new PresenceTtl(properties.presenceTtl());
	}

	@Bean
	EventRetryPeriod eventRetryPeriod(EventsProperties events) {
		return new EventRetryPeriod(events.retryFor());
	}
}
