package coop.relais.insertion.internal;

import static coop.relais.shared.demo.DemoIds.ACCOUNT_COACH;
import static coop.relais.shared.demo.DemoIds.ACCOUNT_CONCIERGE;
import static coop.relais.shared.demo.DemoIds.ACCOUNT_CONCIERGE2;

import coop.relais.insertion.ActionKind;
import coop.relais.insertion.ContractKind;
import coop.relais.insertion.EvidenceKind;
import coop.relais.insertion.ExitOutcome;
import coop.relais.insertion.ObstacleKind;
import coop.relais.insertion.Skill;
import coop.relais.shared.Zones;
import coop.relais.shared.demo.DemoDataContributor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Work integration in the demo: Karim (concierge@) and Sandrine (concierge2@) on integration contracts followed by
 * Nadia (coach@), with months of desk work counted, a skill validated, meetings held and one planned, an immersion
 * planned; and Mathieu, who left last summer for a permanent job. Drawn from a fixed seed.
 */
@Component
class InsertionDemoData implements DemoDataContributor {

    static final UUID KARIM = UUID.nameUUIDFromBytes("insertion-karim".getBytes(StandardCharsets.UTF_8));
    static final UUID SANDRINE = UUID.nameUUIDFromBytes("insertion-sandrine".getBytes(StandardCharsets.UTF_8));
    static final UUID MATHIEU = UUID.nameUUIDFromBytes("insertion-mathieu".getBytes(StandardCharsets.UTF_8));

    private final InsertionRepository repository;
    private final SkillEvidenceRepository skills;
    private final Clock clock;

    InsertionDemoData(InsertionRepository repository, SkillEvidenceRepository skills, Clock clock) {
        this.repository = repository;
        this.skills = skills;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 130;
    }

    @Override
    public void load() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(Zones.DEFAULT));
        Random random = new Random(20261205L);

        LocalDate karimSince = today.minusMonths(8).withDayOfMonth(1);
        repository.insertPerson(KARIM, ACCOUNT_CONCIERGE, "Karim Benali", ACCOUNT_COACH, karimSince, now);
        repository.addContract(
                KARIM,
                ContractKind.ACI,
                karimSince,
                karimSince.plusMonths(4).minusDays(1),
                new BigDecimal("26"),
                "Département de la Gironde",
                "France Travail Bordeaux Bastide",
                false,
                now);
        repository.addContract(
                KARIM,
                ContractKind.ACI,
                karimSince.plusMonths(4),
                today.plusDays(45),
                new BigDecimal("26"),
                "Département de la Gironde",
                "France Travail Bordeaux Bastide",
                true,
                now);
        repository.addTargetJob(KARIM, "G1703", "Réceptionniste en hôtellerie");
        repository.addTargetJob(KARIM, "N1103", "Magasinier");
        repository.addObstacle(
                KARIM,
                ObstacleKind.TRANSPORT,
                "Pas de permis de conduire",
                "Inscription au code avec l'auto-école sociale en janvier");
        repository.addMeeting(
                KARIM,
                today.minusDays(40),
                true,
                "Point sur les deux premiers mois du renouvellement : l'accueil au comptoir se passe bien.",
                "Préparer un CV orienté accueil ; chercher une immersion en hôtel.",
                "Fatigue en fin de semaine, horaires du bus à revoir.",
                ACCOUNT_COACH,
                now);
        repository.addMeeting(
                KARIM,
                today.minusDays(12),
                true,
                "CV terminé. Une immersion est possible à l'hôtel des Quais.",
                "Confirmer les dates de l'immersion avec l'hôtel.",
                null,
                ACCOUNT_COACH,
                now);
        repository.addMeeting(KARIM, today.plusDays(5), false, null, null, null, ACCOUNT_COACH, now);
        repository.addAction(
                KARIM,
                ActionKind.TRAINING,
                "Sauveteur secouriste du travail",
                today.minusDays(60),
                "Certificat obtenu",
                now);
        repository.addAction(
                KARIM,
                ActionKind.IMMERSION,
                "Immersion (PMSMP) à la réception de l'hôtel des Quais",
                today.plusDays(20),
                null,
                now);
        work(KARIM, karimSince, today, random, 6);
        skills.validate(KARIM, Skill.WELCOMING, 3, now.minusSeconds(86_400L * 20), ACCOUNT_COACH, "Nadia Roux");

        LocalDate sandrineSince = today.minusMonths(3).withDayOfMonth(1);
        repository.insertPerson(SANDRINE, ACCOUNT_CONCIERGE2, "Sandrine Morel", ACCOUNT_COACH, sandrineSince, now);
        repository.addContract(
                SANDRINE,
                ContractKind.EI,
                sandrineSince,
                sandrineSince.plusMonths(6).minusDays(1),
                new BigDecimal("24"),
                "État (aide au poste)",
                "Mission locale des Hauts de Garonne",
                false,
                now);
        repository.addTargetJob(SANDRINE, "D1505", "Employée de caisse");
        repository.addObstacle(
                SANDRINE,
                ObstacleKind.CHILDCARE,
                "Deux enfants, pas de mode de garde le mercredi",
                "Demande de place au centre de loisirs");
        repository.addMeeting(
                SANDRINE,
                today.minusDays(25),
                true,
                "Premier bilan : à l'aise avec la caisse.",
                "Viser une formation d'hôtesse de caisse.",
                null,
                ACCOUNT_COACH,
                now);
        work(SANDRINE, sandrineSince, today, random, 3);

        LocalDate mathieuSince = today.minusMonths(20).withDayOfMonth(1);
        repository.insertPerson(MATHIEU, null, "Mathieu Lagarde", ACCOUNT_COACH, mathieuSince, now);
        repository.addContract(
                MATHIEU,
                ContractKind.ACI,
                mathieuSince,
                mathieuSince.plusMonths(12).minusDays(1),
                new BigDecimal("26"),
                "Département de la Gironde",
                "France Travail Bordeaux Bastide",
                false,
                now);
        repository.addMeeting(
                MATHIEU,
                mathieuSince.plusMonths(11),
                true,
                "Embauché en CDI comme magasinier.",
                null,
                null,
                ACCOUNT_COACH,
                now);
        repository.exit(MATHIEU, mathieuSince.plusMonths(12).minusDays(15), ExitOutcome.PERMANENT);
    }

    /** Months of desk work: each working day, some parcels, orders and till days. */
    private void work(UUID person, LocalDate since, LocalDate today, Random random, int intensity) {
        for (LocalDate day = since; day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            Instant at = day.atTime(10, 0).atZone(Zones.DEFAULT).toInstant();
            count(person, EvidenceKind.PARCEL_REGISTERED, random.nextInt(intensity + 1), at);
            count(person, EvidenceKind.PARCEL_HANDED_OVER, random.nextInt(intensity + 1), at.plusSeconds(3600));
            count(person, EvidenceKind.ORDER_ACCEPTED, random.nextInt(3), at.plusSeconds(1800));
            count(person, EvidenceKind.ORDER_HANDED_OVER, random.nextInt(3), at.plusSeconds(5400));
            if (random.nextInt(3) == 0) {
                count(person, EvidenceKind.DESK_OPENED, 1, at.minusSeconds(3600));
                count(person, EvidenceKind.DESK_CLOSED, 1, at.plusSeconds(8 * 3600));
            }
            if (random.nextInt(5) == 0) {
                count(person, EvidenceKind.REQUEST_COMPLETED, 1, at.plusSeconds(7200));
            }
        }
    }

    private void count(UUID person, EvidenceKind kind, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            skills.evidence(person, kind, UUID.randomUUID(), at.plusSeconds(i * 60L));
        }
    }
}
