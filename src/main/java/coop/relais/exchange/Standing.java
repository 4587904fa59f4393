package coop.relais.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of a SEL as its coordinators see them: where their balance stands, what they gave and received,
 * and the two signs that call for a word: a balance below zero for a long time, or no exchange for a long
 * time.
 *
 * @param given the time others paid them for, in units
 * @param received the time they paid others for, in units
 * @param exchanges how many transfers moved their balance
 * @param lastExchange their last transfer, or null if none yet
 * @param negativeSince since when their balance has been below zero, or null
 * @param persistentDeficit below zero for longer than {@link Coordination#DEFICIT_DAYS} days
 * @param dormant no transfer for longer than {@link Coordination#DORMANT_DAYS} days (since joining, if none)
 */
public record Standing(
        UUID memberId,
        String displayName,
        long balance,
        int floor,
        int ceiling,
        long given,
        long received,
        long exchanges,
        Instant lastExchange,
        Instant negativeSince,
        boolean persistentDeficit,
        boolean dormant) {}
