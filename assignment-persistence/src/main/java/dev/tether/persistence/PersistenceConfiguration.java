package dev.tether.persistence;

import dev.tether.persistence.inbox.InboxProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Everything the persistence module contributes: entities, repositories and use cases. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(InboxProperties.class)
@EntityScan
@EnableJpaRepositories
@EnableScheduling
public class PersistenceConfiguration {

}
