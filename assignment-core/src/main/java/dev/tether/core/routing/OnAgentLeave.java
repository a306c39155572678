package dev.tether.core.routing;

/** What a team does with the routed conversations of a member who left: keeps them with them, or routes them again. */
public enum OnAgentLeave {
	KEEP, REQUEUE
}
