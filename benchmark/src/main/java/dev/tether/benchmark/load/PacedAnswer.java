package dev.tether.benchmark.load;

/**
 * One webhook of a paced run: when it was due to be sent and when its answer came, in
 * {@link dev.tether.benchmark.clock.WallClock} microseconds, and the answer's status ({@code 0}
 * for none: a broken connection or no answer in time).
 */
public record PacedAnswer(int index, long scheduledMicros, int status, long answeredMicros) {

	public boolean acknowledged() {
		return status == 200;
	}

	public double answerMillis() {
		return (answeredMicros - scheduledMicros) / 1000.0;
	}
}
