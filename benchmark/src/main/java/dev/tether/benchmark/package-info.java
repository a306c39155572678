/** The webhook intake benchmark of issue 7: one run that measures the built jar from outside, part by part. */
@NullMarked
package dev.tether.benchmark;

import org.jspecify.annotations.NullMarked;
