/** Tether's assignment domain, in plain Java: what can be refused, and the features below. */
@NullMarked
package dev.tether.core;

import org.jspecify.annotations.NullMarked;
