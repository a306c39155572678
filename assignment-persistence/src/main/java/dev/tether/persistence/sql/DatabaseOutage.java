package dev.tether.persistence.sql;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that is down or unreachable from a statement that failed. PostgreSQL's SQL
 * states of class 08 (connection exception) and 57P (operator intervention: shutdown, crash,
 * cannot connect now) mean the server went away, whatever wraps them. So does Hikari's closed
 * connection: the pool closes a connection the server dropped, and the rollback that follows the
 * server's error then fails on it, hiding that error. A lock that could not be had (a deadlock) is
 * passing too: trying again is the cure.
 */
public final class DatabaseOutage {

	/** What Hikari says, without an SQL state, when a closed connection is used. */
	private static final String CLOSED_BY_POOL = "Connection is closed";

	private DatabaseOutage() {
	}

	public static boolean explains(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException || cause instanceof TransientDataAccessException) {
				return true;
			}
			if (cause instanceof SQLException sql && (lostConnection(sql.getSQLState())
					|| (sql.getSQLState() == null && CLOSED_BY_POOL.equals(sql.getMessage())))) {
				return true;
			}
		}
		return false;
	}

	private static boolean lostConnection(String sqlState) {
		return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
	}

	public static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}
}
