/** The LINE webhook: signature check, event parsing and the transaction that stores and acts on events. */
@NullMarked
package dev.tether.line.webhook;

import org.jspecify.annotations.NullMarked;
