/** Signing in, and setting a password through an invite link. */
@NullMarked
package dev.tether.api.console.account;

import org.jspecify.annotations.NullMarked;
