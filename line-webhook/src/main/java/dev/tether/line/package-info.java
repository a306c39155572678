/** Tether's LINE side: webhook intake, binding-code replies, links into LINE chats. */
@NullMarked
package dev.tether.line;

import org.jspecify.annotations.NullMarked;
