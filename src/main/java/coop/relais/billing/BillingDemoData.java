package coop.relais.billing;

import static coop.relais.shared.demo.DemoIds.ACCOUNT_CONCIERGE;
import static coop.relais.shared.demo.DemoIds.ACCOUNT_HABITANT;
import static coop.relais.shared.demo.DemoIds.ACCOUNT_RH;
import static coop.relais.shared.demo.DemoIds.CLIENT_AQUITAINE_LOGISTIQUE;
import static coop.relais.shared.demo.DemoIds.CLIENT_HABITAT_GARONNE;
import static coop.relais.shared.demo.DemoIds.SITE_AQUITAINE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;

import coop.relais.billing.internal.Ledger;
import coop.relais.billing.internal.NewEntry;
import coop.relais.billing.internal.NewEntry.Share;
import coop.relais.billing.internal.NewEntry.SourceType;
import coop.relais.billing.internal.PaymentRepository;
import coop.relais.billing.internal.PaymentRepository.StoredPayment;
import coop.relais.billing.internal.PaymentRequests;
import coop.relais.billing.internal.SepaRepository;
import coop.relais.billing.internal.SubscriptionRepository;
import coop.relais.catalogue.PersonalServiceActivity;
import coop.relais.identity.AccountDirectory;
import coop.relais.shared.Money;
import coop.relais.shared.Zones;
import coop.relais.shared.demo.DemoDataContributor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Last month's usage of Aquitaine Logistique SA (its share of its employees' pressing, copier pages)
 * and of Habitat Garonne (badge activations at Bastide), billed by last month's run, so that the
 * invoices pages show real Factur-X files on a first visit; and Aquitaine Logistique's SEPA mandate, so
 * that last month's direct-debit file can be produced.
 */
@Component
class BillingDemoData implements DemoDataContributor {

    private final Ledger ledger;
    private final Invoicing invoicing;
    private final SepaRepository sepa;
    private final PaymentRepository payments;
    private final SubscriptionRepository subscriptions;
    private final AccountDirectory people;
    private final Clock clock;

    BillingDemoData(
            Ledger ledger,
            Invoicing invoicing,
            SepaRepository sepa,
            PaymentRepository payments,
            SubscriptionRepository subscriptions,
            AccountDirectory people,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.invoicing = invoicing;
        this.sepa = sepa;
        this.payments = payments;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load() {
        YearMonth last = YearMonth.now(clock.withZone(Zones.DEFAULT)).minusMonths(1);
        UUID aquitaine = ledger.organisationAccount(CLIENT_AQUITAINE_LOGISTIQUE).id();
        UUID habitat = ledger.organisationAccount(CLIENT_HABITAT_GARONNE).id();
        int reference = 41;
        for (int day : new int[] {3, 7, 12, 18, 25}) {
            charge(
                    aquitaine,
                    SourceType.ORDER,
                    Share.EMPLOYER,
                    "CMD-%d-%06d — Pressing — chemise (× 6)".formatted(last.getYear(), reference++),
                    SITE_AQUITAINE,
                    "7.35",
                    "14.70",
                    "20",
                    at(last, day));
        }
        charge(
                aquitaine,
                SourceType.COPIER,
                Share.HOLDER,
                "Photocopies du mois : 1840 pages noir et blanc, 120 pages couleur",
                SITE_AQUITAINE,
                "45.60",
                "45.60",
                "20",
                at(last, 28));
        for (int day : new int[] {5, 19}) {
            charge(
                    habitat,
                    SourceType.REQUEST,
                    Share.HOLDER,
                    "DEM-%06d — Activation de badge d'entrée (× 2)".formatted(reference++),
                    SITE_BASTIDE,
                    "24.00",
                    "24.00",
                    "20",
                    at(last, day));
        }
        // Aquitaine Logistique subscribes to the company plan for its 120 employees.
        PlanView plan = new PlanView(
                UUID.nameUUIDFromBytes("plan-entreprise".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "Conciergerie d'entreprise",
                "COMPANY",
                Money.euros("150.00"),
                new BigDecimal("20"),
                List.of(
                        new PlanView.Band(0, Money.euros("4.00")),
                        new PlanView.Band(50, Money.euros("3.50")),
                        new PlanView.Band(200, Money.euros("3.00"))));
        subscriptions.insertPlan(plan, clock.instant());
        // A plan for business parks that includes à-la-carte requests and copier pages each month.
        subscriptions.insertPlan(
                new PlanView(
                        UUID.nameUUIDFromBytes("plan-ecosysteme".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "Écosystème d'entreprises",
                        "ECOSYSTEM",
                        Money.euros("90.00"),
                        new BigDecimal("20"),
                        List.of(new PlanView.Band(0, Money.euros("2.50"))),
                        new PlanView.Quotas(10, 1000)),
                clock.instant());
        subscriptions.insert(
                UUID.randomUUID(),
                CLIENT_AQUITAINE_LOGISTIQUE,
                plan.id(),
                120,
                last.minusMonths(1).atDay(1),
                clock.instant());
        mealsForHabitant();
        invoicing.run(last, null);
        // Aquitaine Logistique pays by SEPA direct debit: its HR manager signed the mandate.
        people.find(ACCOUNT_RH)
                .ifPresent(rh -> sepa.insertMandate(
                        UUID.randomUUID(),
                        CLIENT_AQUITAINE_LOGISTIQUE,
                        sepa.nextMandateReference(last.getYear()),
                        "Aquitaine Logistique SA",
                        "FR1420041010050500013M02606",
                        null,
                        last.atDay(2),
                        rh.id(),
                        rh.displayName()));
    }

    /**
     * Habitant@ had meals delivered at home (a personal service) last year, paid by card and with CESU, so
     * that last year's tax certificate can be downloaded; this month's meals are still owed, payable
     * with CESU at the desk.
     */
    private void mealsForHabitant() {
        UUID tab = ledger.memberAccount(ACCOUNT_HABITANT).id();
        int lastYear = YearMonth.now(clock.withZone(Zones.DEFAULT)).getYear() - 1;
        YearMonth march = YearMonth.of(lastYear, 3);
        YearMonth october = YearMonth.of(lastYear, 10);
        meals(tab, "CMD-%d-000201".formatted(lastYear), 10, "98.00", at(march, 9));
        pay(tab, "58.00", PaymentMethod.CARD_TERMINAL, at(march, 20));
        pay(tab, "40.00", PaymentMethod.CESU, at(march, 20));
        meals(tab, "CMD-%d-000377".formatted(lastYear), 5, "49.00", at(october, 6));
        pay(tab, "49.00", PaymentMethod.CESU, at(october, 16));
        YearMonth now = YearMonth.now(clock.withZone(Zones.DEFAULT));
        meals(tab, "CMD-%d-000512".formatted(now.getYear()), 5, "49.00", at(now, 1));
    }

    private void meals(UUID tab, String reference, int count, String amount, Instant at) {
        ledger.post(
                tab,
                NewEntry.charge(
                                SourceType.ORDER,
                                UUID.nameUUIDFromBytes(reference.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                                1,
                                Share.MEMBER,
                                "%s — Portage de repas pour seniors (× %d)".formatted(reference, count),
                                reference,
                                SITE_BASTIDE,
                                Money.euros(amount),
                                Money.euros(amount),
                                new BigDecimal("5.5"),
                                at)
                        .asPersonalService(PersonalServiceActivity.MEAL_DELIVERY));
    }

    private void pay(UUID tab, String amount, PaymentMethod method, Instant at) {
        String receipt = payments.nextReceiptNumber(
                LocalDate.ofInstant(at, Zones.DEFAULT).getYear());
        UUID id = UUID.randomUUID();
        payments.insert(new StoredPayment(
                id,
                receipt,
                tab,
                Money.euros(amount),
                method,
                SITE_BASTIDE,
                "Lucien Garreau",
                ACCOUNT_CONCIERGE,
                people.find(ACCOUNT_CONCIERGE).map(a -> a.displayName()).orElse("Conciergerie"),
                at,
                null,
                null,
                null));
        ledger.post(
                tab,
                NewEntry.payment(
                        id,
                        "Paiement à la conciergerie (%s) — reçu %s"
                                .formatted(PaymentRequests.methodWord(method), receipt),
                        receipt,
                        SITE_BASTIDE,
                        Money.euros(amount),
                        at));
    }

    private Instant at(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()))
                .atTime(10, 30)
                .atZone(Zones.DEFAULT)
                .toInstant();
    }

    private void charge(
            UUID account,
            SourceType type,
            Share share,
            String description,
            UUID site,
            String owed,
            String line,
            String rate,
            Instant at) {
        ledger.post(
                account,
                NewEntry.charge(
                        type,
                        UUID.nameUUIDFromBytes((description + at).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        0,
                        share,
                        description,
                        null,
                        site,
                        Money.euros(owed),
                        Money.euros(line),
                        new BigDecimal(rate),
                        at));
    }
}
