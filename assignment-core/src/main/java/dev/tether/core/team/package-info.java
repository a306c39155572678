/** Agents and teams: who can own a conversation. */
@NullMarked
package dev.tether.core.team;

import org.jspecify.annotations.NullMarked;
