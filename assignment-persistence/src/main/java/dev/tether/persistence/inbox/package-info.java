/**
 * The LINE inbox: webhook events stored at once, many requests to a commit, then claimed in
 * batches by workers on every instance and acted on with set-based SQL.
 */
@NullMarked
package dev.tether.persistence.inbox;

import org.jspecify.annotations.NullMarked;
