/**
 * Billing: each member's and each client organisation's account (the ardoise), charged from what was
 * delivered (orders, à-la-carte requests, copier pages) and paid at the desk. Accounts are append-only
 * ledgers whose balance is always the sum of their entries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing")
package coop.relais.billing;
