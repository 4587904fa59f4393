package coop.relais.exchange;

/**
 * The reconciliation of a SEL's ledger, computed live: all balances sum to zero, each stored balance equals
 * the sum of its account's entries, and each committed transaction's entries sum to zero.
 *
 * @param sumOfBalances the sum of every account's balance (0 when sound)
 * @param entriesMatchBalances each account's balance equals the sum of its entries
 * @param transactionsUnbalanced how many committed transactions' entries do not sum to zero (0 when sound)
 */
public record Integrity(long sumOfBalances, boolean entriesMatchBalances, long transactionsUnbalanced) {}
