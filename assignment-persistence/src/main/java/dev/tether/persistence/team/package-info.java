/** Agents and teams as the org keeps them: membership, capacity, presence. */
package dev.tether.persistence.team;
