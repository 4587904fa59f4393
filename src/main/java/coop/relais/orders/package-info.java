/**
 * Orders: the concierge loop, from a member's request (online or at the desk) through the desk,
 * the provider and the pickup code to the handover, with quotes, the provider portal and the events
 * a billing module posts charges from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package coop.relais.orders;
