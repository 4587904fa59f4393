package coop.relais.billing;

import coop.relais.shared.Money;
import java.util.List;
import java.util.UUID;

/**
 * An account (the ardoise) with its most recent lines, newest first.
 *
 * @param balance what the holder owes; negative when they have paid in advance
 * @param entries the newest lines first, at most a page of them
 * @param olderFrom when there are older lines, the {@code before} that reads the next page of them
 * @param cesuPayable what is owed for personal services, which CESU may pay (members only; else zero)
 */
public record AccountView(
        UUID id,
        HolderKind holderKind,
        UUID holderId,
        String holderName,
        Money balance,
        String currency,
        List<EntryView> entries,
        Long olderFrom,
        Money cesuPayable) {

    public AccountView {
        entries = List.copyOf(entries);
    }

    /** What is left to pay: the balance when the holder owes, else nothing. */
    public Money owed() {
        return balance.isNegative() ? Money.ZERO : balance;
    }
}
