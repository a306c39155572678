/** The Assignment API: external systems push assignment decisions in. */
@NullMarked
package dev.tether.api.assignment;

import org.jspecify.annotations.NullMarked;
