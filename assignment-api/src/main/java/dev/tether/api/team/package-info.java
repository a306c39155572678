/** Managing teams, their members, and their members' binding links and QR codes. */
@NullMarked
package dev.tether.api.team;

import org.jspecify.annotations.NullMarked;
