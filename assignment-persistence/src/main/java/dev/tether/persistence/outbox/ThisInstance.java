package dev.tether.persistence.outbox;

import java.lang.management.ManagementFactory;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Names this running instance of the application in each delivery attempt's record, so operators
 * see who sent what: the process, and a tag of its own, since one process may run several.
 */
@Component
public class ThisInstance {

	private final String name = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	public String name() {
		return name;
	}
}
