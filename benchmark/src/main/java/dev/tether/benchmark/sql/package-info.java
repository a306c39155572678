/** Part (a): the bare-SQL limit, what PostgreSQL itself allows for one binding per transaction. */
@NullMarked
package dev.tether.benchmark.sql;

import org.jspecify.annotations.NullMarked;
