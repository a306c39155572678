/** Managing teams, their members, and their members' binding links and QR codes. */
package dev.tether.api.team;
