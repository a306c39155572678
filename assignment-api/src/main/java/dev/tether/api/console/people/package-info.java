/** Owners' and admins' users page: create, edit, deactivate, invite, and each user's QR code. */
package dev.tether.api.console.people;
