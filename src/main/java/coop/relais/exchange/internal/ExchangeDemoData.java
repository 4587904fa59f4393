package coop.relais.exchange.internal;

import static coop.relais.shared.demo.DemoIds.ACCOUNT_HABITANT;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;

import coop.relais.exchange.SelView;
import coop.relais.shared.demo.DemoDataContributor;
import coop.relais.shared.jdbc.Instants;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SEL of the Bastide: habitant@ and eleven neighbours (they sign in with the demo password), and three
 * months of exchanges between them, committed through the ledger so that the balances are its sums.
 */
@Component
class ExchangeDemoData implements DemoDataContributor {

    static final UUID SEL_BASTIDE = UUID.nameUUIDFromBytes("sel-bastide".getBytes(StandardCharsets.UTF_8));

    private static final String[] NEIGHBOURS = {
        "Aïcha Benali",
        "Bernard Lopez",
        "Chantal Morel",
        "Dylan Fabre",
        "Élise Caron",
        "Fatou Ndiaye",
        "Gérard Roux",
        "Hélène Marchand",
        "Idriss Kane",
        "Josiane Petit",
        "Karim Haddad"
    };

    private static final String[] MEMOS = {
        "Aide au jardin",
        "Montage d'une étagère",
        "Cours de couture",
        "Courses pour une voisine",
        "Garde de chat",
        "Réparation de vélo",
        "Aide aux devoirs",
        "Repassage",
        "Atelier cuisine",
        "Accompagnement chez le médecin"
    };

    private final SelRepository sels;
    private final TransferRepository transfers;
    private final TimeLedger ledger;
    private final JdbcClient jdbc;
    private final Clock clock;

    ExchangeDemoData(
            SelRepository sels, TransferRepository transfers, TimeLedger ledger, JdbcClient jdbc, Clock clock) {
        this.sels = sels;
        this.transfers = transfers;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private void ad(
            UUID sel, UUID author, String kind, String category, String title, String body, String area, Instant now) {
        jdbc.sql("""
                        INSERT INTO sel_ad (id, sel_id, author_id, kind, category, title, body, area, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        sel,
                        author,
                        kind,
                        category,
                        title,
                        body,
                        area,
                        Instants.param(now.minus(Duration.ofDays(5))))
                .update();
    }

    @Override
    public int order() {
        return 96;
    }

    @Override
    public void load() {
        Instant now = clock.instant();
        SelView sel = new SelView(SEL_BASTIDE, SITE_BASTIDE, "SEL de la Bastide", "minute", 60, 600, 1200, """
                On échange des services entre voisins, une heure vaut une heure, quel que soit le service.
                On reste poli, on prévient si on ne peut pas venir, on ne demande ni argent ni pourboire.
                Un solde négatif n'est pas une dette : c'est du temps que l'on rendra.""", 14);
        sels.insert(sel, now.minus(Duration.ofDays(120)));
        String password = jdbc.sql("SELECT password_hash FROM account WHERE id = ?")
                .param(ACCOUNT_HABITANT)
                .query(String.class)
                .single();
        List<UUID> accounts = new ArrayList<>();
        accounts.add(sels.openAccount(sel.id(), ACCOUNT_HABITANT, now.minus(Duration.ofDays(110))));
        List<UUID> members = new ArrayList<>(List.of(ACCOUNT_HABITANT));
        for (int i = 0; i < NEIGHBOURS.length; i++) {
            UUID id = UUID.nameUUIDFromBytes(("voisin-" + i).getBytes(StandardCharsets.UTF_8));
            String email = "voisin" + (i + 1) + "@relais.test";
            jdbc.sql("""
                            INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
                            VALUES (?, ?, ?, 'fr', ?, TRUE, TRUE, ?)""")
                    .params(id, email, NEIGHBOURS[i], password, Instants.param(now.minus(Duration.ofDays(115))))
                    .update();
            jdbc.sql("INSERT INTO role_grant (id, account_id, role, site_id, granted_at) VALUES (?, ?, 'MEMBER', ?, ?)")
                    .params(UUID.randomUUID(), id, SITE_BASTIDE, Instants.param(now.minus(Duration.ofDays(115))))
                    .update();
            accounts.add(sels.openAccount(sel.id(), id, now.minus(Duration.ofDays(105 - i))));
            members.add(id);
        }
        ad(
                sel.id(),
                ACCOUNT_HABITANT,
                "OFFER",
                "REPAIR",
                "Réparation de vélos",
                "Crevaisons, freins, dérailleurs : je répare votre vélo dans ma cour, le samedi matin.",
                "Rue Lafontaine",
                now);
        ad(
                sel.id(),
                members.get(1),
                "WANT",
                "GARDEN",
                "Quelqu'un pour tailler ma haie",
                "Une haie de dix mètres, j'ai le taille-haie, il me manque le bras.",
                "Cité des Aubiers",
                now);
        ad(
                sel.id(),
                members.get(3),
                "OFFER",
                "LEARNING",
                "Aide aux devoirs en maths",
                "Collège et lycée, deux soirs par semaine.",
                null,
                now);
        ad(
                sel.id(),
                members.get(6),
                "OFFER",
                "CRAFT",
                "Retouches et ourlets",
                "Ourlets de pantalons, boutons, petites retouches.",
                "Place du marché",
                now);
        Random random = new Random(2026);
        long[] balances = new long[accounts.size()];
        for (int day = 90; day > 0; day -= 2) {
            int payer = random.nextInt(accounts.size());
            int payee = (payer + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
            long amount = 30L * (1 + random.nextInt(6));
            // Kept within the limits here: a refusal inside the loading transaction would roll it all back.
            if (balances[payer] - amount < -sel.floor() || balances[payee] + amount > sel.ceiling()) {
                continue;
            }
            balances[payer] -= amount;
            balances[payee] += amount;
            Instant at = now.minus(Duration.ofDays(day)).minus(Duration.ofHours(random.nextInt(8)));
            UUID transfer = transfers.insert(
                    sel.id(),
                    "PAYMENT",
                    accounts.get(payer),
                    accounts.get(payee),
                    amount,
                    MEMOS[random.nextInt(MEMOS.length)],
                    members.get(payer),
                    at,
                    null,
                    null,
                    null,
                    null,
                    null);
            ledger.commit(
                    transfer, accounts.get(payer), accounts.get(payee), amount, sel.floor(), sel.ceiling(), true, at);
        }
    }
}
