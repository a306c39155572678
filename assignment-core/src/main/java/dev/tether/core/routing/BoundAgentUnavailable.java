package dev.tether.core.routing;

/**
 * Where an org sends the new conversation of a contact whose bound agent is not available
 * (offline, off shift, deactivated): to the agent all the same, or to the binding's team (else the
 * default team) while the binding stays.
 */
public enum BoundAgentUnavailable {
	ASSIGN, TEAM
}
