package coop.relais.reuse.internal;

import static coop.relais.shared.demo.DemoIds.ACCOUNT_CONCIERGE;
import static coop.relais.shared.demo.DemoIds.ACCOUNT_HABITANT;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;

import coop.relais.reuse.ReuseCategory;
import coop.relais.reuse.Stream;
import coop.relais.shared.Zones;
import coop.relais.shared.demo.DemoDataContributor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The ressourcerie of the Bastide: four months of donations weighed in at the desk (habitant@ among the
 * donors), and what went out of them to the shop, to repair, to recycling and to the bin, never more than came
 * in, and items of the shop floor sold by card at the desk. Drawn from a fixed seed, so every demo database holds the same figures.
 */
@Component
class ReuseDemoData implements DemoDataContributor {

    private static final String[][] SOLD = {
        {"FURNITURE", "Chaise en bois", "8.00"},
        {"TEXTILE", "Manteau d'hiver", "6.50"},
        {"BOOKS", "Lot de romans", "3.00"},
        {"TOYS", "Puzzle 500 pièces", "2.50"},
        {"TABLEWARE", "Service à café", "5.00"},
        {"ELECTRICAL", "Lampe de bureau", "7.00"}
    };

    private final ReuseRepository repository;
    private final SaleRepository sales;
    private final Clock clock;

    ReuseDemoData(ReuseRepository repository, SaleRepository sales, Clock clock) {
        this.repository = repository;
        this.sales = sales;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public void load() {
        Random random = new Random(20261204L);
        LocalDate today = LocalDate.now(clock.withZone(Zones.DEFAULT));
        ReuseCategory[] categories = ReuseCategory.values();
        for (int day = 120; day >= 1; day -= 3) {
            ReuseCategory category = categories[random.nextInt(categories.length)];
            BigDecimal tare = category == ReuseCategory.TEXTILE ? new BigDecimal("0.40") : BigDecimal.ZERO;
            BigDecimal net = BigDecimal.valueOf(200 + random.nextInt(2400), 2);
            Instant at = today.minusDays(day)
                    .atTime(10 + random.nextInt(7), 15)
                    .atZone(Zones.DEFAULT)
                    .toInstant();
            repository.prepare(SITE_BASTIDE, category);
            repository.intake(
                    SITE_BASTIDE,
                    category,
                    net.add(tare),
                    tare,
                    net,
                    random.nextBoolean() ? "GOOD" : "WORN",
                    day % 4 == 0 ? ACCOUNT_HABITANT : null,
                    ACCOUNT_CONCIERGE,
                    at);
            // A week later, most of it is sorted out: to the shop above all.
            if (day > 7) {
                Instant sorted = at.plus(java.time.Duration.ofDays(7));
                out(category, Stream.REUSE, net.multiply(new BigDecimal("0.6")), null, sorted);
                out(category, Stream.RECYCLING, net.multiply(new BigDecimal("0.25")), recycler(category), sorted);
                out(category, Stream.DISPOSAL, net.multiply(new BigDecimal("0.05")), null, sorted);
            }
        }
        // What the shop floor sold, paid by card at the desk (cash sales go through the till's journal).
        for (int day = 100; day >= 2; day -= 7) {
            String[] item = SOLD[(day / 7) % SOLD.length];
            Instant at =
                    today.minusDays(day).atTime(15, 30).atZone(Zones.DEFAULT).toInstant();
            sales.insert(
                    SITE_BASTIDE,
                    sales.nextNumber(SITE_BASTIDE),
                    ReuseCategory.valueOf(item[0]),
                    item[1],
                    new BigDecimal(item[2]),
                    "CARD",
                    null,
                    ACCOUNT_CONCIERGE,
                    at);
        }
    }

    private void out(ReuseCategory category, Stream stream, BigDecimal kg, String recipient, Instant at) {
        BigDecimal rounded = kg.setScale(2, java.math.RoundingMode.DOWN);
        if (rounded.signum() > 0 && repository.takeOut(SITE_BASTIDE, category, rounded)) {
            repository.outflow(SITE_BASTIDE, category, stream, rounded, recipient, ACCOUNT_CONCIERGE, at);
        }
    }

    private static String recycler(ReuseCategory category) {
        return switch (category) {
            case TEXTILE -> "Collecte textile de la Rive Droite";
            case ELECTRICAL -> "Ecosystem (collecte des équipements électriques)";
            case FURNITURE -> "Ecomaison (filière meubles)";
            default -> "Déchetterie de la Rive Droite";
        };
    }
}
