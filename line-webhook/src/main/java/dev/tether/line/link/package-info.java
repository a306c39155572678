/** Links that open a LINE chat with a message already typed. */
@NullMarked
package dev.tether.line.link;

import org.jspecify.annotations.NullMarked;
