package coop.relais.exchange;

import java.util.UUID;

/** A member's account in a SEL: their balance and the limits it stays within. */
public record Position(UUID selId, UUID accountId, UUID memberId, long balance, int floor, int ceiling) {}
