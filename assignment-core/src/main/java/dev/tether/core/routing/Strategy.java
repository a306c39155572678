package dev.tether.core.routing;

/** The routing strategy a team configures; {@link RoutingStrategy#of} gives the behaviour behind each name. */
public enum Strategy {
	MANUAL,
	ROUND_ROBIN,
	LEAST_OPEN,
	RANDOM
}
