package dev.tether.persistence.routing;

import dev.tether.core.access.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who moves a conversation by hand: the role of their token, the agent it acts for (MANAGER and
 * AGENT tokens act for one), and how the assignment log names them.
 */
public record Operator(Role role, @Nullable Long agentId, String actor) {
}
