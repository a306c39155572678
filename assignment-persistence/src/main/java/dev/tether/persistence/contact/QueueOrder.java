package dev.tether.persistence.contact;

import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The order a team's queue is served in: oldest first, by when each conversation entered it. */
@Component
public class QueueOrder {

	private final JdbcClient db;

	QueueOrder(JdbcClient db) {
		this.db = db;
	}

	/**
	 * The team's oldest queued conversation but {@code skipped} whose contact nobody else is working
	 * on, locked with its contact; busy ones are skipped rather than waited for.
	 */
	public @Nullable Long next(long teamId, Collection<Long> skipped) {
		return db.sql("""
				select c.id from conversation c join contact ct on ct.id = c.contact_id
				where c.team_id = :team and c.status = 'QUEUED' and c.id <> all (:skipped::bigint[])
				order by c.queued_since, c.id
				limit 1
				for update of c, ct skip locked""")
			.param("team", teamId)
			.param("skipped", skipped.toArray(Long[]::new))
			.query(Long.class)
			.optional()
			.orElse(null);
	}
}
