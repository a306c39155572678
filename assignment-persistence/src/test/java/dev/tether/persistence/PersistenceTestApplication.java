package dev.tether.persistence;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;

/**
 * What {@link PersistenceTest} slices start from: the entities and repositories of this package
 * and below, and no beans of its own, so each test imports the adapters it tests and states the
 * clock and randomness they use.
 */
@SpringBootConfiguration
@AutoConfigurationPackage
class PersistenceTestApplication {
}
