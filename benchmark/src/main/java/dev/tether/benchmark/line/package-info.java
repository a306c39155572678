/** LINE's side of the conversation: signed webhooks as the platform sends them, and a stub of its reply API. */
@NullMarked
package dev.tether.benchmark.line;

import org.jspecify.annotations.NullMarked;
