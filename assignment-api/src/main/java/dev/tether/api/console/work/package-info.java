/** The work page: my status kept alive while it is open, my conversations and my teams' queues. */
package dev.tether.api.console.work;
