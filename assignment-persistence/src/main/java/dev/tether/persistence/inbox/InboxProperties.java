package dev.tether.persistence.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the LINE inbox takes events in and works them off.
 *
 * @param linger how long the writer waits for more requests to share a commit once one arrived
 * @param commitSize the most events one commit stores
 * @param writers threads that commit what requests hand in, so one commits while the next gathers
 * @param storeTimeout how long a webhook waits for its events to be stored before it answers 503
 * @param maxDepth events waiting to be processed beyond which the webhook answers 503, so LINE retries later
 * @param workers threads on this instance that process stored events; 0 makes an instance that only takes
 * events in, leaving their processing to others
 * @param batchSize the most events one processing transaction takes
 * @param pollInterval how often an idle worker looks for events another instance stored or a crash left
 */
@ConfigurationProperties("tether.inbox")
public record InboxProperties(@DefaultValue("1ms") Duration linger, @DefaultValue("1000") int commitSize,
		@DefaultValue("2") int writers, @DefaultValue("1500ms") Duration storeTimeout,
		@DefaultValue("100000") long maxDepth, @DefaultValue("2") int workers, @DefaultValue("200") int batchSize,
		@DefaultValue("200ms") Duration pollInterval) {
}
