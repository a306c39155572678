package dev.tether.benchmark.tether;

/** A LINE channel as Tether knows it: the id its webhook path names, and the secret LINE signs with. */
public record Channel(String id, String secret) {

	public String webhookPath() {
		return "/line/webhook/" + id;
	}
}
