/** Creating orgs, their tokens and their settings. */
@NullMarked
package dev.tether.api.org;

import org.jspecify.annotations.NullMarked;
