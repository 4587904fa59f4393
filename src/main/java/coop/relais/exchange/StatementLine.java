package coop.relais.exchange;

import java.time.Instant;
import java.util.UUID;

/** A line of a member's statement: what moved, with whom, and the balance after it. */
public record StatementLine(
        long entryNo, UUID transactionId, Instant at, long amount, long balanceAfter, String memo, String otherName) {}
