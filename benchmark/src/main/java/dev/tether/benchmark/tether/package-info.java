/** The application under test: the built jar as a child process, its PostgreSQL, its API, and the CPU both use. */
@NullMarked
package dev.tether.benchmark.tether;

import org.jspecify.annotations.NullMarked;
