/** The LINE webhook: signature check, event parsing and the transaction that stores and acts on events. */
package dev.tether.line.webhook;
