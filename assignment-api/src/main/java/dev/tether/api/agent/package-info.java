/** Managing an org's agents. */
@NullMarked
package dev.tether.api.agent;

import org.jspecify.annotations.NullMarked;
