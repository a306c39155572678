package dev.tether.persistence;

import org.springframework.boot.SpringBootConfiguration;

/**
 * What {@link PersistenceTest} slices start from: no beans of its own, so each test imports the
 * adapters it tests and states the clock and randomness they use.
 */
@SpringBootConfiguration
class PersistenceTestApplication {
}
