/** Replies to LINE: their texts, and the workers that deliver them from the outbox. */
package dev.tether.line.reply;
