package dev.tether.persistence.account;

/** What an invite link is worth when someone opens it. */
public sealed interface InviteCheck {

	/** The link works: its agent may set a password. */
	record Open(long inviteId, String agentName, String email) implements InviteCheck {
	}

	/** The link is older than {@link Invitations#LIFETIME}. */
	record Expired() implements InviteCheck {
	}

	/** The link was used already, replaced by a newer one, or its agent was deactivated. */
	record Used() implements InviteCheck {
	}

	/** No link has this secret. */
	record Unknown() implements InviteCheck {
	}
}
