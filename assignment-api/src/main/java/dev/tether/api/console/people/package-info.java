/** Owners' and admins' users page: create, edit, deactivate, invite, and each user's QR code. */
@NullMarked
package dev.tether.api.console.people;

import org.jspecify.annotations.NullMarked;
