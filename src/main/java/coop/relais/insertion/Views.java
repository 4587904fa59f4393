package coop.relais.insertion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** What the insertion module shows: people, their record and its parts. */
public final class Views {

    private Views() {}

    /** A person followed, as listed for their coach. */
    public record Person(
            UUID id,
            UUID accountId,
            String displayName,
            UUID coachId,
            String coachName,
            LocalDate followedSince,
            LocalDate contractEnds,
            LocalDate exitOn,
            ExitOutcome exitOutcome) {}

    public record Contract(
            UUID id,
            ContractKind kind,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal weeklyHours,
            String funder,
            String referrer,
            boolean renewal) {}

    public record TargetJob(UUID id, String romeCode, String label) {}

    public record Obstacle(UUID id, ObstacleKind kind, String note, String plan, boolean lifted) {}

    /**
     * A support meeting.
     *
     * @param privateNote the coach's own note: null for anyone but a coach
     */
    public record Meeting(
            UUID id, LocalDate onDate, boolean held, String summary, String nextSteps, String privateNote) {}

    public record Action(UUID id, ActionKind kind, String title, LocalDate onDate, String outcome) {}

    /** So many pieces of work of a kind in a month. */
    public record Evidence(EvidenceKind kind, long count, YearMonth period) {}

    /**
     * A skill of the reference list, with its evidence and its latest validation.
     *
     * @param level null before any validation
     * @param waiting evidence came in since the last validation (or there is evidence and none)
     */
    public record SkillRecord(
            Skill skill,
            Integer level,
            Instant validatedAt,
            String signedAs,
            List<Evidence> evidence,
            boolean waiting) {}

    /** A person's whole record. */
    public record Record(
            Person person,
            List<Contract> contracts,
            List<TargetJob> targetJobs,
            List<Obstacle> obstacles,
            List<Meeting> meetings,
            List<Action> actions,
            List<SkillRecord> skills) {}

    /** What a coach has to see to first. */
    public record Dashboard(
            List<Person> contractsEnding, List<Person> meetingsDue, List<Person> skillsWaiting, List<Person> idle) {}
}
