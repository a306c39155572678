package dev.tether.core.routing;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

class RoutingRuleTests {

	@Test
	void teamCapCannotBeNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RoutingRule(Strategy.ROUND_ROBIN, true, -1));
	}

	@Test
	void teamWithoutACapIsAllowed() {
		assertThatNoException().isThrownBy(() -> new RoutingRule(Strategy.ROUND_ROBIN, true, null));
	}
}
