/** The assignment log: every change of binding or assignee, and the events it announces. */
@NullMarked
package dev.tether.persistence.log;

import org.jspecify.annotations.NullMarked;
