/** Orgs, their settings and their API tokens. */
@NullMarked
package dev.tether.persistence.org;

import org.jspecify.annotations.NullMarked;
