package dev.tether.api.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Test-only beans shared by every integration test, so all of them share one context. */
@TestConfiguration(proxyBeanMethods = false)
class TestSupportConfiguration {

	@Bean
	static SqlStatementCounter sqlStatementCounter() {
		return new SqlStatementCounter();
	}
}
