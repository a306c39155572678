package dev.tether.api;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;

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

	/**
	 * The randomness decisions use (random routing picks, binding codes), one bean so a test can fix
	 * it. A SecureRandom is safe to share between threads, and a code's random part stays unguessable.
	 */
	@Bean
	RandomGenerator randomGenerator() {
		return new SecureRandom();
	}

	/** Core's router, shared by every instance's workers. */
	@Bean
	Router router(RandomGenerator random) {
		return new Router(random);
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
