package dev.tether.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;

/**
 * A persistence slice: a DataSource on a real PostgreSQL (the embedded one, or the server
 * {@code SPRING_DATASOURCE_URL} names) migrated by Flyway, validated by Hibernate, the
 * repositories, a {@code JdbcClient}, and only the other adapters a test imports. Each test runs in a transaction that is rolled back, unless it says
 * otherwise; the database runs without fsync, since these tests do not test durability.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest(properties = { "tether.data-dir=target/persistence-tests", "tether.embedded-postgres.fresh=true",
		"tether.embedded-postgres.durable=false", "spring.jpa.hibernate.ddl-auto=validate",
		"spring.jpa.open-in-view=false" })
@AutoConfigureJdbc
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
public @interface PersistenceTest {
}
