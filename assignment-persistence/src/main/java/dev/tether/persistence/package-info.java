/** The only module that knows tables: entities, repositories, and use cases made safe by the database. */
@NullMarked
package dev.tether.persistence;

import org.jspecify.annotations.NullMarked;
