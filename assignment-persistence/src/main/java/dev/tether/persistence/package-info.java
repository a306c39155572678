/** The only module that knows tables: entities, repositories, and use cases made safe by the database. */
package dev.tether.persistence;
