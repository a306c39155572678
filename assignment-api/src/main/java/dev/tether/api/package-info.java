/** The bootable Tether application: where the modules are put together. */
@NullMarked
package dev.tether.api;

import org.jspecify.annotations.NullMarked;
