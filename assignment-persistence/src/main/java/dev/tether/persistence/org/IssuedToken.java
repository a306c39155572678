package dev.tether.persistence.org;

/** A token as shown once, at creation: its secret is never stored nor shown again. */
public record IssuedToken(TokenView token, String secret) {
}
