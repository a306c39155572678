/** Designated assignment: binding codes and the rules that bind a contact to an assignee. */
@NullMarked
package dev.tether.core.binding;

import org.jspecify.annotations.NullMarked;
