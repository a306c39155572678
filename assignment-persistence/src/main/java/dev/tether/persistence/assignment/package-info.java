/** The Assignment API's use cases: assignments decided by external systems. */
package dev.tether.persistence.assignment;
