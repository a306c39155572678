/** Who may do what within an org: the roles that tokens and people carry. */
@NullMarked
package dev.tether.core.access;

import org.jspecify.annotations.NullMarked;
