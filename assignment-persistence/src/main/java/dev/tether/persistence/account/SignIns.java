package dev.tether.persistence.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import dev.tether.persistence.team.AgentView;
import dev.tether.persistence.team.Agents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a console sign-in. An email may belong to agents of several orgs; the password picks
 * the one it belongs to, the most recently set first. Failures are counted per email in the
 * database, so the throttle holds across instances and for emails nobody has.
 */
@Service
public class SignIns {

	/**
	 * A fresh failure starts the count again; one that follows a recent failure adds to it, and
	 * the one that reaches the limit locks the email.
	 */
	private static final String FAILED = """
			insert into console_sign_in_failure as f (email, failures, last_failed_at, locked_until)
			values (:email, 1, :now, case when :max <= 1 then :until end)
			on conflict (email) do update set
				failures = case when f.last_failed_at < :since or f.locked_until <= :now then 1 else f.failures + 1 end,
				last_failed_at = :now,
				locked_until = case
					when (case when f.last_failed_at < :since or f.locked_until <= :now then 1 else f.failures + 1 end) >= :max
					then :until end""";

	private final ConsoleCredentials credentials;

	private final Agents agents;

	private final PasswordEncoder encoder;

	private final SignInThrottle throttle;

	private final JdbcClient db;

	private final Clock clock;

	/** Checked when no account has the email, so a wrong email costs as long as a wrong password. */
	private final String decoyHash;

	SignIns(ConsoleCredentials credentials, Agents agents, PasswordEncoder encoder, SignInThrottle throttle,
			JdbcClient db, Clock clock) {
		this.credentials = credentials;
		this.agents = agents;
		this.encoder = encoder;
		this.throttle = throttle;
		this.db = db;
		this.clock = clock;
		this.decoyHash = encoder.encode("not anyone's password");
	}

	@Transactional
	public SignInOutcome attempt(String email, String password) {
		String key = email.strip().toLowerCase(Locale.ROOT);
		Instant now = clock.instant();
		Optional<Instant> locked = lockedUntil(key, now);
		if (locked.isPresent()) {
			return new SignInOutcome.Throttled(locked.get());
		}
		var candidates = credentials.forActiveAgentsWithEmail(key);
		if (candidates.isEmpty()) {
			encoder.matches(password, decoyHash);
		}
		for (ConsoleCredential credential : candidates) {
			if (encoder.matches(password, credential.getPasswordHash())) {
				db.sql("delete from console_sign_in_failure where email = ?").param(key).update();
				return new SignInOutcome.SignedIn(AgentView.of(agents.findById(credential.getAgentId()).orElseThrow()));
			}
		}
		db.sql(FAILED)
			.param("email", key)
			.param("now", utc(now))
			.param("since", utc(now.minus(throttle.lockout())))
			.param("until", utc(now.plus(throttle.lockout())))
			.param("max", throttle.maxFailures())
			.update();
		return lockedUntil(key, now).<SignInOutcome>map(SignInOutcome.Throttled::new)
			.orElseGet(SignInOutcome.Refused::new);
	}

	private Optional<Instant> lockedUntil(String key, Instant now) {
		return db.sql("select locked_until from console_sign_in_failure where email = ? and locked_until > ?")
			.params(key, utc(now))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
