/** Teams: a manager's view of their teams' members and downloads; owners and admins also edit them. */
@NullMarked
package dev.tether.api.console.team;

import org.jspecify.annotations.NullMarked;
