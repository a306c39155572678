/** The assignment log: every change of binding or assignee, and the events it announces. */
package dev.tether.persistence.log;
