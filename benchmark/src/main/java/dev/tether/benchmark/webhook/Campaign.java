package dev.tether.benchmark.webhook;

import java.io.IOException;

import dev.tether.benchmark.load.Customers;
import dev.tether.benchmark.tether.Channel;
import dev.tether.benchmark.tether.Org;

/**
 * An agent's QR code handed out on one LINE channel: a customer who sends its message is bound to
 * the agent, and Tether replies. The warm-up and parts (b), (c) and (d) play its customers.
 */
public record Campaign(Channel channel, String bindingMessage, Customers customers) {

	/** A channel and an agent of the org, and the agent's binding code on it. */
	public static Campaign start(Org org) throws IOException, InterruptedException {
		Channel channel = org.aChannel("Campaign");
		long agent = org.anAgent("Aoi Sato");
		return new Campaign(channel, org.bindingMessage(channel, agent), new Customers(channel.secret()));
	}
}
