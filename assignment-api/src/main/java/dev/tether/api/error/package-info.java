/** Every failure as an RFC 9457 problem with a stable code, mapped in one place. */
package dev.tether.api.error;
