package coop.relais.billing;

import static coop.relais.shared.demo.DemoIds.ACCOUNT_RH;
import static coop.relais.shared.demo.DemoIds.CLIENT_AQUITAINE_LOGISTIQUE;
import static coop.relais.shared.demo.DemoIds.CLIENT_HABITAT_GARONNE;
import static coop.relais.shared.demo.DemoIds.SITE_AQUITAINE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;

import coop.relais.billing.internal.Ledger;
import coop.relais.billing.internal.NewEntry;
import coop.relais.billing.internal.NewEntry.Share;
import coop.relais.billing.internal.NewEntry.SourceType;
import coop.relais.billing.internal.SepaRepository;
import coop.relais.billing.internal.SubscriptionRepository;
import coop.relais.identity.AccountDirectory;
import coop.relais.shared.Money;
import coop.relais.shared.Zones;
import coop.relais.shared.demo.DemoDataContributor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
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
    private final SubscriptionRepository subscriptions;
    private final AccountDirectory people;
    private final Clock clock;

    BillingDemoData(
            Ledger ledger,
            Invoicing invoicing,
            SepaRepository sepa,
            SubscriptionRepository subscriptions,
            AccountDirectory people,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.invoicing = invoicing;
        this.sepa = sepa;
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
        subscriptions.insert(
                UUID.randomUUID(),
                CLIENT_AQUITAINE_LOGISTIQUE,
                plan.id(),
                120,
                last.minusMonths(1).atDay(1),
                clock.instant());
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
