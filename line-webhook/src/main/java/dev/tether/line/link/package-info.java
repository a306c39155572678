/** Links that open a LINE chat with a message already typed. */
package dev.tether.line.link;
