package dev.tether.persistence.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.tether.core.routing.MoveReason;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.contact.Conversations;
import dev.tether.persistence.contact.QueueOrder;
import dev.tether.persistence.log.ChangeSource;
import dev.tether.persistence.team.Team;
import dev.tether.persistence.team.TeamView;
import dev.tether.persistence.team.Teams;
import dev.tether.persistence.team.TeamsMayTakeWork;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assigns queued conversations the moment someone may take them: right after the change that
 * made a member eligible commits, in the same request, oldest conversation first. Conversations
 * whose contact is busy elsewhere are skipped ({@code SKIP LOCKED}), not waited for.
 */
@Component
public class QueueDrainer {

	private static final Logger log = LoggerFactory.getLogger(QueueDrainer.class);

	private static final int MAX_PER_ROUND = 500;

	private final Teams teams;

	private final Conversations conversations;

	private final TeamRouting routing;

	private final Assignments assignments;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	private final QueueOrder queue;

	QueueDrainer(Teams teams, Conversations conversations, TeamRouting routing, Assignments assignments,
			PlatformTransactionManager transactions, Clock clock, QueueOrder queue) {
		this.queue = queue;
		this.teams = teams;
		this.conversations = conversations;
		this.routing = routing;
		this.assignments = assignments;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * When several teams may take work at once (an opening hour they share), each team's oldest
	 * conversation goes first, then the rest: no team waits for all the others' queues.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void onEligibilityChange(TeamsMayTakeWork change) {
		if (change.teamIds().size() > 1) {
			change.teamIds().forEach(teamId -> drainLogged(teamId, change.reason(), 1));
		}
		change.teamIds().forEach(teamId -> drainLogged(teamId, change.reason(), MAX_PER_ROUND));
	}

	private void drainLogged(long teamId, @Nullable MoveReason reason, int most) {
		try {
			drain(teamId, reason, most);
		}
		catch (RuntimeException ex) {
			// The change itself is committed; the next trigger or sweep drains this queue.
			log.warn("Could not drain the queue of team {}", teamId, ex);
		}
	}

	/**
	 * Assigns up to {@code most} of the team's queued conversations, as many as its members can
	 * take now; a team outside its hours assigns none. {@code reason} is why the queue moves, when a
	 * rule says so.
	 */
	int drain(long teamId, @Nullable MoveReason reason, int most) {
		Integer assigned = newTransaction.execute(status -> {
			teams.lock(teamId);
			Team team = teams.findById(teamId).filter(Team::isActive).orElse(null);
			if (team == null) {
				return 0;
			}
			TeamRule rule = TeamRule.of(TeamView.of(team));
			int count = 0;
			List<Long> skipped = new ArrayList<>();
			while (count < most && count + skipped.size() < MAX_PER_ROUND) {
				// The queue is read past the entities: what this round assigned must be written first.
				conversations.flush();
				Long next = queue.next(teamId, skipped);
				if (next == null) {
					break;
				}
				Instant now = clock.instant();
				Conversation conversation = conversations.findById(next).orElseThrow();
				Long passedOver = conversation.getPassedOverAgentId();
				Long agent = routing.takeMember(teamId, rule, now, passedOver == null ? List.of() : List.of(passedOver));
				if (agent == null && passedOver == null) {
					break;
				}
				if (agent == null) {
					// Only the member who did not answer it could take it: it waits, the ones behind it need not.
					skipped.add(next);
					continue;
				}
				assignments.assignRouted(conversation, agent, teamId, rule.unanswered(), ChangeSource.RULE, "queue", now,
						reason);
				count++;
			}
			return count;
		});
		return assigned == null ? 0 : assigned;
	}
}
