/** Signing in, and setting a password through an invite link. */
package dev.tether.api.console.account;
