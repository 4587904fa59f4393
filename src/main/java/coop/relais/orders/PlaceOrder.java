package coop.relais.orders;

import java.util.UUID;

/**
 * A request to order an offer.
 *
 * @param memberId the member the desk orders for; null (or oneself) when a member orders
 */
public record PlaceOrder(UUID offerId, int quantity, String note, UUID memberId) {}
