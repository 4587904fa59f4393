package coop.relais.billing.internal;

import coop.relais.billing.EntryKind;
import coop.relais.billing.PaymentMethod;
import coop.relais.catalogue.PersonalServiceActivity;
import coop.relais.shared.Money;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Which payment settled which charge of a member's tab. A tab is paid as a whole, so Relais allocates
 * each payment (and each credit) to the oldest charges still unpaid; a CESU payment goes to the oldest
 * unpaid personal services first, since CESU pays nothing else. What is paid before anything is owed
 * waits for the next charges. The allocation is computed from the append-only entries, in their order,
 * so it is the same every time it is computed, and a later entry never changes an earlier allocation.
 */
public final class TabAllocation {

    /**
     * A line of the tab as allocation needs it.
     *
     * @param amount as posted: positive for a charge, negative for a payment or a credit
     * @param method for a payment, how it was made; else null
     * @param personalService for a member's charge of a personal service, its activity; else null
     */
    public record Entry(
            UUID id,
            EntryKind kind,
            Money amount,
            String description,
            String reference,
            Instant occurredAt,
            PaymentMethod method,
            PersonalServiceActivity personalService) {}

    /** A part of a charge settled by a payment (or lowered by a credit: then {@code method} is null). */
    public record Settlement(UUID paymentEntryId, PaymentMethod method, Instant paidAt, Money amount) {

        boolean payment() {
            return paidAt != null;
        }
    }

    /** A charge with what settled it so far and what is left unpaid. */
    public record Charge(Entry entry, List<Settlement> settlements, Money unpaid) {}

    private TabAllocation() {}

    /** Allocates the tab's payments and credits to its charges, entries in their order in the tab. */
    public static List<Charge> allocate(List<Entry> entries) {
        List<Open> charges = new ArrayList<>();
        Deque<Left> waiting = new ArrayDeque<>();
        for (Entry entry : entries) {
            if (entry.kind() == EntryKind.CHARGE) {
                Open charge = new Open(entry);
                charges.add(charge);
                while (!waiting.isEmpty() && charge.unpaid.isPositive()) {
                    Left left = waiting.peekFirst();
                    left.left = charge.settle(left.source, left.left);
                    if (!left.left.isPositive()) {
                        waiting.removeFirst();
                    }
                }
                continue;
            }
            Money left = Money.ZERO.minus(entry.amount());
            if (entry.method() == PaymentMethod.CESU) {
                left = settle(charges, entry, left, true);
            }
            left = settle(charges, entry, left, false);
            if (left.isPositive()) {
                waiting.addLast(new Left(entry, left));
            }
        }
        return charges.stream()
                .map(c -> new Charge(c.entry, List.copyOf(c.settlements), c.unpaid))
                .toList();
    }

    /** What is owed for personal services and not yet paid: the most a CESU payment may settle. */
    public static Money unpaidPersonalServices(List<Charge> charges) {
        return charges.stream()
                .filter(c -> c.entry().personalService() != null)
                .map(Charge::unpaid)
                .reduce(Money.ZERO, Money::plus);
    }

    private static Money settle(List<Open> charges, Entry source, Money amount, boolean personalOnly) {
        Money left = amount;
        for (Open charge : charges) {
            if (!left.isPositive()) {
                break;
            }
            if (charge.unpaid.isPositive() && (!personalOnly || charge.entry.personalService() != null)) {
                left = charge.settle(source, left);
            }
        }
        return left;
    }

    private static final class Open {

        private final Entry entry;
        private final List<Settlement> settlements = new ArrayList<>();
        private Money unpaid;

        Open(Entry entry) {
            this.entry = entry;
            this.unpaid = entry.amount();
        }

        /** Settles what it can of this charge from {@code source}'s {@code available}; returns what is left. */
        Money settle(Entry source, Money available) {
            Money part = available.min(unpaid);
            if (part.isPositive()) {
                boolean payment = source.kind() == EntryKind.PAYMENT;
                settlements.add(
                        new Settlement(source.id(), source.method(), payment ? source.occurredAt() : null, part));
                unpaid = unpaid.minus(part);
            }
            return available.minus(part);
        }
    }

    private static final class Left {

        private final Entry source;
        private Money left;

        Left(Entry source, Money left) {
            this.source = source;
            this.left = left;
        }
    }
}
