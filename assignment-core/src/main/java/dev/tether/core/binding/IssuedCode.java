package dev.tether.core.binding;

/**
 * A binding code as Tether issued it: the channel it belongs to, whom it binds to, and whether it
 * was revoked since.
 */
public record IssuedCode(long channelId, BindingTarget target, boolean revoked) {
}
