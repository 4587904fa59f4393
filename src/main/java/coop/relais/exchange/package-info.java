/**
 * Local exchange (SEL): a site's time bank. Members who join pay each other in the SEL's unit on a
 * mutual-credit ledger whose transactions sum to zero, within each member's floor and ceiling, checked under
 * the accounts' locks; committed entries are never changed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Local exchange")
package coop.relais.exchange;
