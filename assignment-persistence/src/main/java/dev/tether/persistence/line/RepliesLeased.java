package dev.tether.persistence.line;

import java.util.List;

/** Replies committed and leased to this instance: to be sent now. */
public record RepliesLeased(List<LeasedReply> replies) {
}
