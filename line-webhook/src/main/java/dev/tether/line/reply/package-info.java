/** Replies to LINE: their texts, and the workers that deliver them from the outbox. */
@NullMarked
package dev.tether.line.reply;

import org.jspecify.annotations.NullMarked;
