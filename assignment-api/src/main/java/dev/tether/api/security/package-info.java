/** Bearer tokens, who the caller is, and what each role may do. */
@NullMarked
package dev.tether.api.security;

import org.jspecify.annotations.NullMarked;
