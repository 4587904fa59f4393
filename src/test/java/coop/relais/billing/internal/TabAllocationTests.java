package coop.relais.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.billing.EntryKind;
import coop.relais.billing.PaymentMethod;
import coop.relais.billing.internal.TabAllocation.Charge;
import coop.relais.billing.internal.TabAllocation.Entry;
import coop.relais.catalogue.PersonalServiceActivity;
import coop.relais.shared.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Worked examples of which payment settles which charge, and of the tax certificate drawn from it. */
class TabAllocationTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final List<Entry> tab = new ArrayList<>();
    private int day = 1;

    private Entry charge(String amount, PersonalServiceActivity activity) {
        return add(new Entry(
                UUID.randomUUID(),
                EntryKind.CHARGE,
                Money.euros(amount),
                "Service " + day,
                null,
                next(),
                null,
                activity));
    }

    private Entry pay(String amount, PaymentMethod method) {
        return add(new Entry(
                UUID.randomUUID(),
                EntryKind.PAYMENT,
                Money.euros(amount).negated(),
                "Paiement",
                null,
                next(),
                method,
                null));
    }

    private Entry credit(String amount) {
        return add(new Entry(
                UUID.randomUUID(), EntryKind.CREDIT, Money.euros(amount).negated(), "Avoir", null, next(), null, null));
    }

    private Entry add(Entry entry) {
        tab.add(entry);
        return entry;
    }

    private Instant next() {
        return Instant.parse("2025-01-01T09:00:00Z").plusSeconds(86_400L * 7 * day++);
    }

    private static Money unpaid(List<Charge> charges, Entry entry) {
        return charges.stream()
                .filter(c -> c.entry() == entry)
                .findFirst()
                .orElseThrow()
                .unpaid();
    }

    @Test
    void aTabPaidInThreePartsSettlesItsChargesOldestFirst() {
        Entry pressing = charge("12.00", null);
        Entry meals = charge("25.00", PersonalServiceActivity.MEAL_DELIVERY);
        pay("10.00", PaymentMethod.CASH);
        pay("7.55", PaymentMethod.CARD_TERMINAL);
        List<Charge> halfway = TabAllocation.allocate(tab);
        assertThat(unpaid(halfway, pressing)).isEqualTo(Money.ZERO);
        assertThat(unpaid(halfway, meals)).isEqualTo(Money.euros("19.45"));

        pay("19.45", PaymentMethod.CHEQUE);
        List<Charge> settled = TabAllocation.allocate(tab);
        assertThat(settled).allMatch(c -> c.unpaid().isZero());
        assertThat(settled.get(1).settlements())
                .extracting(s -> s.amount().amount().toPlainString())
                .containsExactly("5.55", "19.45");
    }

    @Test
    void cesuGoesToPersonalServicesFirstAndNeverBeyondThem() {
        Entry pressing = charge("12.00", null);
        Entry meals = charge("30.00", PersonalServiceActivity.MEAL_DELIVERY);
        assertThat(TabAllocation.unpaidPersonalServices(TabAllocation.allocate(tab)))
                .isEqualTo(Money.euros("30.00"));

        pay("20.00", PaymentMethod.CESU);
        List<Charge> charges = TabAllocation.allocate(tab);
        assertThat(unpaid(charges, pressing)).isEqualTo(Money.euros("12.00"));
        assertThat(unpaid(charges, meals)).isEqualTo(Money.euros("10.00"));
        assertThat(TabAllocation.unpaidPersonalServices(charges)).isEqualTo(Money.euros("10.00"));
    }

    @Test
    void anAdvanceWaitsForTheNextChargesAndACreditIsNoPayment() {
        pay("15.00", PaymentMethod.CARD_TERMINAL);
        Entry meals = charge("20.00", PersonalServiceActivity.MEAL_DELIVERY);
        credit("5.00");
        List<Charge> charges = TabAllocation.allocate(tab);
        assertThat(unpaid(charges, meals)).isEqualTo(Money.ZERO);

        TaxCertificate certificate = TaxCertificate.of(2025, charges, PARIS);
        assertThat(certificate.paid()).isEqualTo(Money.euros("15.00"));
        assertThat(certificate.cesu()).isEqualTo(Money.ZERO);
    }

    @Test
    void theCertificateCountsThePaymentsOfItsYearForServicesDeliveredByThen() {
        charge("40.00", PersonalServiceActivity.HOUSEWORK);
        charge("10.00", null);
        pay("15.00", PaymentMethod.CESU);
        pay("20.00", PaymentMethod.CARD_TERMINAL);
        // Paid the next year: counts on the next year's certificate.
        tab.add(new Entry(
                UUID.randomUUID(),
                EntryKind.PAYMENT,
                Money.euros("15.00").negated(),
                "Paiement",
                null,
                Instant.parse("2026-01-10T10:00:00Z"),
                PaymentMethod.CHEQUE,
                null));

        List<Charge> charges = TabAllocation.allocate(tab);
        TaxCertificate of2025 = TaxCertificate.of(2025, charges, PARIS);
        assertThat(of2025.paid()).isEqualTo(Money.euros("35.00"));
        assertThat(of2025.cesu()).isEqualTo(Money.euros("15.00"));
        assertThat(of2025.creditBase()).isEqualTo(Money.euros("20.00"));
        assertThat(of2025.byActivity()).containsEntry(PersonalServiceActivity.HOUSEWORK, Money.euros("35.00"));

        TaxCertificate of2026 = TaxCertificate.of(2026, charges, PARIS);
        assertThat(of2026.paid()).isEqualTo(Money.euros("5.00"));
        assertThat(TaxCertificate.of(2024, charges, PARIS).any()).isFalse();
    }
}
