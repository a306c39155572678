package dev.tether.api.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Console invite links, absolute, on the host the request came to (behind a proxy, set
 * {@code server.forward-headers-strategy} so that is the public one).
 */
public final class InviteLinks {

	/** Where an invite link leads; the secret follows it. */
	public static final String PATH = "/console/invite/";

	private InviteLinks() {
	}

	public static String of(String secret) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH).path(secret).build().toUriString();
	}
}
