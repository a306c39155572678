package dev.tether.api.console.security;

import java.io.Serializable;

/**
 * Who a console session belongs to, as kept in the session: ids only, so a change of role or a
 * deactivation takes effect on the next request, which reads the agent afresh.
 */
record SignedInAgent(long agentId, long orgId) implements Serializable {
}
