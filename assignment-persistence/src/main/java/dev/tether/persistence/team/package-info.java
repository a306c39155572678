/** Agents and teams as the org keeps them: membership, capacity, presence. */
@NullMarked
package dev.tether.persistence.team;

import org.jspecify.annotations.NullMarked;
