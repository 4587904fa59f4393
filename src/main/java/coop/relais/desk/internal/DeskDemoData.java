package coop.relais.desk.internal;

import static coop.relais.shared.demo.DemoIds.*;

import coop.relais.desk.ParcelSize;
import coop.relais.shared.Money;
import coop.relais.shared.demo.DemoDataContributor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The desk's demo: parcels on the shelves at Bastide, a pending badge activation filed by Habitat
 * Garonne, and a shared copier at Écotone with last month's reading for Écotone Numérique.
 */
@Component
public class DeskDemoData implements DemoDataContributor {

    /** A Colissimo parcel for Lucien Garreau (habitant@relais.test), arrived this morning. */
    public static final UUID PARCEL_BASTIDE_COLISSIMO = UUID.fromString("d7000000-0000-4000-8000-000000000001");
    /** A Chronopost parcel for Lucien Garreau, four days on the shelf (reminded). */
    public static final UUID PARCEL_BASTIDE_CHRONOPOST = UUID.fromString("d7000000-0000-4000-8000-000000000002");
    /** A letter for Lucien Garreau. */
    public static final UUID PARCEL_BASTIDE_LETTER = UUID.fromString("d7000000-0000-4000-8000-000000000003");
    /** The pending badge activation of Habitat Garonne at Bastide. */
    public static final UUID REQUEST_BADGE = UUID.fromString("d7000000-0000-4000-8000-000000000010");
    /** The shared copier of the Écotone hall. */
    public static final UUID COPIER_ECOTONE = UUID.fromString("d7000000-0000-4000-8000-000000000020");

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ParcelRepository parcels;
    private final RequestRepository requests;
    private final CopierRepository copiers;
    private final Clock clock;

    DeskDemoData(ParcelRepository parcels, RequestRepository requests, CopierRepository copiers, Clock clock) {
        this.parcels = parcels;
        this.requests = requests;
        this.copiers = copiers;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void load() {
        Instant now = Instant.now(clock);
        parcel(
                PARCEL_BASTIDE_COLISSIMO,
                "Colissimo",
                "6A12345678901",
                ParcelSize.MEDIUM,
                "G",
                "418532",
                now.minus(Duration.ofHours(2)),
                false);
        parcel(
                PARCEL_BASTIDE_CHRONOPOST,
                "Chronopost",
                "XY123456789FR",
                ParcelSize.SMALL,
                "G",
                "730264",
                now.minus(Duration.ofDays(4)),
                true);
        parcel(PARCEL_BASTIDE_LETTER, "La Poste", null, ParcelSize.LETTER, "Courrier", "205917", now, false);

        DeskRequest badge = new DeskRequest(
                REQUEST_BADGE,
                String.format("DEM-%d-%06d", now.atZone(PARIS).getYear(), requests.nextNumber()),
                SITE_BASTIDE,
                CLIENT_HABITAT_GARONNE,
                OFFER_BASTIDE_BADGE,
                "Activation de badge d'entrée",
                1,
                Money.euros("12.00"),
                new BigDecimal("20.00"),
                "Mme Josiane Lacoste",
                "Bâtiment B, appartement 12",
                "BDG-4521",
                "Nouvelle locataire, entrée dans les lieux lundi.",
                now.minus(Duration.ofDays(1)),
                ACCOUNT_BAILLEUR,
                "Patrick Ferrand",
                0,
                coop.relais.desk.RequestStatus.SUBMITTED,
                null,
                null,
                null,
                null,
                null);
        requests.insert(badge);

        copiers.insert(
                new coop.relais.desk.CopierView(
                        COPIER_ECOTONE,
                        SITE_ECOTONE,
                        "Copieur partagé du hall",
                        "Hall d'accueil, rez-de-chaussée",
                        new BigDecimal("0.0200"),
                        new BigDecimal("0.1200"),
                        new BigDecimal("20.00"),
                        true),
                now);
        YearMonth lastMonth = YearMonth.from(now.atZone(PARIS)).minusMonths(1);
        CopierReading reading = CopierReading.check(
                lastMonth,
                10_000,
                12_450,
                2_000,
                2_310,
                new BigDecimal("0.0200"),
                new BigDecimal("0.1200"),
                Optional.empty(),
                lastMonth);
        copiers.insertReading(
                UUID.fromString("d7000000-0000-4000-8000-000000000021"),
                COPIER_ECOTONE,
                SITE_ECOTONE,
                CLIENT_ECOTONE_NUMERIQUE,
                reading,
                new BigDecimal("20.00"),
                now,
                ACCOUNT_GERANTE,
                "Géraldine Lafitte");
    }

    private void parcel(
            UUID id,
            String carrier,
            String tracking,
            ParcelSize size,
            String shelf,
            String code,
            Instant receivedAt,
            boolean reminded) {
        Parcel parcel = new Parcel(
                id,
                SITE_BASTIDE,
                ACCOUNT_HABITANT,
                "Lucien Garreau",
                carrier,
                tracking,
                size,
                shelf,
                LocalDate.ofInstant(receivedAt, PARIS),
                receivedAt,
                ACCOUNT_CONCIERGE,
                0,
                coop.relais.desk.ParcelStatus.NOTIFIED,
                code,
                0,
                receivedAt,
                reminded ? receivedAt.plus(Duration.ofDays(3)) : null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        parcels.insert(parcel);
    }
}
