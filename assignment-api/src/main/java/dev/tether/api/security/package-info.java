/** Bearer tokens, who the caller is, and what each role may do. */
package dev.tether.api.security;
