package dev.tether.persistence;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** For tests that hold one transaction open while another runs: waiting, from inside a lambda. */
public final class Latches {

	private Latches() {
	}

	/** Waits for the latch, at most ten seconds; a test that waits longer is stuck and fails. */
	public static void await(CountDownLatch latch) {
		try {
			if (!latch.await(10, TimeUnit.SECONDS)) {
				throw new AssertionError("waited ten seconds for the other transaction");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}
}
