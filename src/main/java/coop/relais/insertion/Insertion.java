package coop.relais.insertion;

import coop.relais.identity.SensitiveData;
import coop.relais.insertion.internal.InsertionRepository;
import coop.relais.insertion.internal.SkillEvidenceRepository;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.Zones;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work-integration records and who may see them. A coach sees and keeps the records of the people assigned to
 * them; an admin reads every record (never the coaches' private notes); the person reads their own path, without
 * private notes; everyone else is told there is nothing here (404). Each reading of a record by a coach or an
 * admin is written to the audit log, and so is each change.
 */
@Service
public class Insertion {

    private final InsertionRepository repository;
    private final SkillEvidenceRepository skills;
    private final SensitiveData audit;
    private final Clock clock;

    Insertion(InsertionRepository repository, SkillEvidenceRepository skills, SensitiveData audit, Clock clock) {
        this.repository = repository;
        this.skills = skills;
        this.audit = audit;
        this.clock = clock;
    }

    // ================================================================ who may

    /** Whether the person may open the insertion pages at all (a coach or an admin). */
    public static boolean followsPeople(CurrentUser user) {
        return user.isAdmin() || user.has(Role.INSERTION_COACH);
    }

    /** Whether this account is followed on an integration path now (its own path page is then open to it). */
    @Transactional(readOnly = true)
    public boolean isFollowed(UUID accountId) {
        return repository.personOfAccount(accountId).isPresent();
    }

    static boolean coachOf(CurrentUser user, Views.Person person) {
        return user.has(Role.INSERTION_COACH) && user.accountId().equals(person.coachId());
    }

    private Views.Person readable(CurrentUser user, UUID personId) {
        return repository
                .person(personId)
                .filter(p -> coachOf(user, p) || user.isAdmin())
                .orElseThrow(() -> new NotFoundException("person"));
    }

    // ================================================================ reading

    /** The people a coach follows (an admin: everyone), those still on their path first. */
    @Transactional(readOnly = true)
    public List<Views.Person> people(CurrentUser user) {
        if (!followsPeople(user)) {
            throw new NotFoundException("person");
        }
        return repository.people(user.isAdmin() ? null : user.accountId());
    }

    /** A person's whole record: private notes for their coach only. The reading is audited. */
    @Transactional
    public Views.Record record(CurrentUser user, UUID personId) {
        Views.Person person = readable(user, personId);
        audit.insertionRead(user, personId);
        return record(person, coachOf(user, person));
    }

    /** The person's own path, without the coach's private notes; 404 for someone not followed. */
    @Transactional(readOnly = true)
    public Views.Record mine(CurrentUser user) {
        Views.Person person =
                repository.personOfAccount(user.accountId()).orElseThrow(() -> new NotFoundException("person"));
        return record(person, false);
    }

    /** The skills record: each skill of the reference list with its evidence and its latest validation. */
    @Transactional(readOnly = true)
    public List<Views.SkillRecord> skills(CurrentUser user, UUID personId) {
        return skills(readable(user, personId).id());
    }

    private Views.Record record(Views.Person person, boolean privateNotes) {
        return new Views.Record(
                person,
                repository.contracts(person.id()),
                repository.targetJobs(person.id()),
                repository.obstacles(person.id()),
                repository.meetings(person.id(), privateNotes),
                repository.actions(person.id()),
                skills(person.id()));
    }

    List<Views.SkillRecord> skills(UUID personId) {
        List<Views.Evidence> evidence = skills.evidence(personId);
        Map<Skill, SkillEvidenceRepository.Validation> validated =
                skills.validations(List.of(personId)).getOrDefault(personId, Map.of());
        Map<EvidenceKind, Instant> last =
                skills.lastOfEachKind(List.of(personId)).getOrDefault(personId, Map.of());
        List<Views.SkillRecord> record = new ArrayList<>();
        for (Skill skill : Skill.values()) {
            SkillEvidenceRepository.Validation v = validated.get(skill);
            record.add(new Views.SkillRecord(
                    skill,
                    v == null ? null : v.level(),
                    v == null ? null : v.at(),
                    v == null ? null : v.signedAs(),
                    evidence.stream()
                            .filter(e -> skill.shownBy().contains(e.kind()))
                            .toList(),
                    waiting(skill, last, v)));
        }
        return record;
    }

    /** A skill waits for validation when work that shows it came in after its last validation (or it has none). */
    private static boolean waiting(
            Skill skill, Map<EvidenceKind, Instant> last, SkillEvidenceRepository.Validation validation) {
        return skill.shownBy().stream()
                .map(last::get)
                .filter(Objects::nonNull)
                .anyMatch(at -> validation == null || at.isAfter(validation.at()));
    }

    /**
     * What waits for a coach: contracts ending within 60 days, meetings due, skills to validate, people idle. Read
     * in a few queries for all their people at once.
     */
    @Transactional(readOnly = true)
    public Views.Dashboard dashboard(CurrentUser user) {
        LocalDate today = today();
        List<Views.Person> onPath =
                people(user).stream().filter(p -> p.exitOn() == null).toList();
        List<UUID> ids = onPath.stream().map(Views.Person::id).toList();
        Map<UUID, LocalDate> nextMeetings = repository.nextMeetings(ids);
        Map<UUID, LocalDate> lastSteps = repository.lastSteps(ids);
        Map<UUID, Map<EvidenceKind, Instant>> lastWork = skills.lastOfEachKind(ids);
        Map<UUID, Map<Skill, SkillEvidenceRepository.Validation>> validated = skills.validations(ids);
        List<Views.Person> ending = new ArrayList<>();
        List<Views.Person> meetings = new ArrayList<>();
        List<Views.Person> waiting = new ArrayList<>();
        List<Views.Person> idle = new ArrayList<>();
        for (Views.Person person : onPath) {
            LocalDate ends = person.contractEnds();
            if (ends != null && !ends.isBefore(today) && !ends.isAfter(today.plusDays(60))) {
                ending.add(person);
            }
            LocalDate next = nextMeetings.get(person.id());
            if (next != null && !next.isAfter(today.plusDays(7))) {
                meetings.add(person);
            }
            Map<EvidenceKind, Instant> last = lastWork.getOrDefault(person.id(), Map.of());
            Map<Skill, SkillEvidenceRepository.Validation> v = validated.getOrDefault(person.id(), Map.of());
            if (java.util.Arrays.stream(Skill.values()).anyMatch(skill -> waiting(skill, last, v.get(skill)))) {
                waiting.add(person);
            }
            LocalDate lastStep = lastSteps.getOrDefault(person.id(), person.followedSince());
            if (lastStep.isBefore(today.minusDays(30))) {
                idle.add(person);
            }
        }
        return new Views.Dashboard(ending, meetings, waiting, idle);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.DEFAULT));
    }
}
