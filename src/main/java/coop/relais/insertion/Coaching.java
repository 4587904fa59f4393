package coop.relais.insertion;

import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.identity.SensitiveData;
import coop.relais.insertion.internal.InsertionRepository;
import coop.relais.insertion.internal.SkillEvidenceRepository;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.text.TypedText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coach's work on the records of the people assigned to them: following a concierge, contracts, the career
 * project, meetings, actions, skills validated, the exit. Only the person's coach may; everyone else is told
 * there is nothing here (404). Each change is written to the audit log. Reading is {@link Insertion}.
 */
@Service
public class Coaching {

    static final Pattern ROME = Pattern.compile("[A-N]\\d{4}");
    static final BigDecimal MAX_WEEKLY_HOURS = new BigDecimal("35");

    private final InsertionRepository repository;
    private final SkillEvidenceRepository skills;
    private final Insertion insertion;
    private final AccountDirectory accounts;
    private final SensitiveData audit;
    private final Clock clock;

    Coaching(
            InsertionRepository repository,
            SkillEvidenceRepository skills,
            Insertion insertion,
            AccountDirectory accounts,
            SensitiveData audit,
            Clock clock) {
        this.repository = repository;
        this.skills = skills;
        this.insertion = insertion;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A contract as typed by the coach. */
    public record NewContract(
            ContractKind kind,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal weeklyHours,
            String funder,
            String referrer,
            boolean renewal) {}

    private Views.Person coached(CurrentUser user, UUID personId) {
        repository.lock(personId);
        return repository
                .person(personId)
                .filter(p -> Insertion.coachOf(user, p))
                .orElseThrow(() -> new NotFoundException("person"));
    }

    /** Starts following a concierge, with their first contract; the coach acting is theirs. */
    @Transactional
    public Views.Person follow(CurrentUser user, String email, NewContract contract) {
        if (!user.has(Role.INSERTION_COACH)) {
            throw new NotFoundException("person");
        }
        AccountSummary account = (email == null
                        ? java.util.Optional.<AccountSummary>empty()
                        : accounts.findByEmail(email.strip()))
                .filter(a -> accounts.grantsOf(a.id()).stream().anyMatch(g -> g.role() == Role.CONCIERGE))
                .orElseThrow(() -> DomainException.invalid("insertion.person.account"));
        if (repository.personOfAccount(account.id()).isPresent()) {
            throw new DomainException("insertion.person.already");
        }
        checkContract(contract);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        repository.insertPerson(id, account.id(), account.displayName(), user.accountId(), contract.startsOn(), now);
        addContract(id, contract, now);
        audit.insertionChanged(user, id, "followed");
        return repository.person(id).orElseThrow();
    }

    /** Adds a contract (a renewal, or a new one). */
    @Transactional
    public void contract(CurrentUser user, UUID personId, NewContract contract) {
        Views.Person person = coached(user, personId);
        checkContract(contract);
        if (contract.startsOn().isBefore(person.followedSince())) {
            throw DomainException.invalid("insertion.contract.beforeFollowed");
        }
        addContract(personId, contract, clock.instant());
        audit.insertionChanged(user, personId, "contract");
    }

    private void addContract(UUID personId, NewContract c, Instant now) {
        repository.addContract(
                personId,
                c.kind(),
                c.startsOn(),
                c.endsOn(),
                c.weeklyHours(),
                TypedText.optionalLine(c.funder(), 120, "insertion.contract.funder"),
                TypedText.optionalLine(c.referrer(), 120, "insertion.contract.referrer"),
                c.renewal(),
                now);
    }

    private static void checkContract(NewContract c) {
        if (c == null || c.kind() == null) {
            throw DomainException.invalid("insertion.contract.kind");
        }
        if (c.startsOn() == null || c.endsOn() == null || !c.endsOn().isAfter(c.startsOn())) {
            throw DomainException.invalid("insertion.contract.dates");
        }
        if (c.weeklyHours() == null
                || c.weeklyHours().signum() <= 0
                || c.weeklyHours().compareTo(MAX_WEEKLY_HOURS) > 0
                || c.weeklyHours().stripTrailingZeros().scale() > 1) {
            throw DomainException.invalid("insertion.contract.hours", MAX_WEEKLY_HOURS);
        }
    }

    /** A job aimed at, with its ROME code when the coach knows it (a letter and four digits, e.g. G1703). */
    @Transactional
    public void targetJob(CurrentUser user, UUID personId, String rome, String label) {
        coached(user, personId);
        String code = TypedText.optionalLine(rome, 5, "insertion.job.rome");
        if (code != null
                && !ROME.matcher(code.toUpperCase(java.util.Locale.ROOT)).matches()) {
            throw DomainException.invalid("insertion.job.rome");
        }
        repository.addTargetJob(
                personId,
                code == null ? null : code.toUpperCase(java.util.Locale.ROOT),
                TypedText.line(label, 120, "insertion.job.label"));
        audit.insertionChanged(user, personId, "target job");
    }

    /** Something in the way of a job, and what is planned to lift it. */
    @Transactional
    public void obstacle(CurrentUser user, UUID personId, ObstacleKind kind, String note, String plan) {
        coached(user, personId);
        if (kind == null) {
            throw DomainException.invalid("insertion.obstacle.kind");
        }
        repository.addObstacle(
                personId,
                kind,
                TypedText.optionalLine(note, 300, "insertion.obstacle.note"),
                TypedText.optionalLine(plan, 300, "insertion.obstacle.plan"));
        audit.insertionChanged(user, personId, "obstacle");
    }

    @Transactional
    public void lift(CurrentUser user, UUID personId, UUID obstacleId) {
        coached(user, personId);
        if (!repository.liftObstacle(personId, obstacleId)) {
            throw new NotFoundException("obstacle");
        }
        audit.insertionChanged(user, personId, "obstacle lifted");
    }

    /**
     * A support meeting: planned (a date to come, nothing written yet) or held (what was said, the next steps the
     * person reads, and the coach's private note, which nobody else ever reads).
     */
    @Transactional
    public void meeting(
            CurrentUser user,
            UUID personId,
            LocalDate on,
            boolean held,
            String summary,
            String nextSteps,
            String privateNote) {
        coached(user, personId);
        if (on == null) {
            throw DomainException.invalid("insertion.meeting.date");
        }
        LocalDate today = insertion.today();
        if (held && on.isAfter(today)) {
            throw DomainException.invalid("insertion.meeting.heldLater");
        }
        if (!held && on.isBefore(today)) {
            throw DomainException.invalid("insertion.meeting.plannedPast");
        }
        repository.addMeeting(
                personId,
                on,
                held,
                TypedText.optionalText(summary, 2000, "insertion.meeting.summary"),
                TypedText.optionalText(nextSteps, 1000, "insertion.meeting.nextSteps"),
                TypedText.optionalText(privateNote, 2000, "insertion.meeting.privateNote"),
                user.accountId(),
                clock.instant());
        audit.insertionChanged(user, personId, held ? "meeting held" : "meeting planned");
    }

    /** A training or a job-search step (application, interview, immersion), with its outcome when known. */
    @Transactional
    public void action(CurrentUser user, UUID personId, ActionKind kind, String title, LocalDate on, String outcome) {
        coached(user, personId);
        if (kind == null) {
            throw DomainException.invalid("insertion.action.kind");
        }
        if (on == null) {
            throw DomainException.invalid("insertion.action.date");
        }
        repository.addAction(
                personId,
                kind,
                TypedText.line(title, 200, "insertion.action.title"),
                on,
                TypedText.optionalLine(outcome, 300, "insertion.action.outcome"),
                clock.instant());
        audit.insertionChanged(user, personId, "action");
    }

    /** Records how a training or a step turned out, once known (an immersion done, an interview's answer). */
    @Transactional
    public void outcome(CurrentUser user, UUID personId, UUID actionId, String outcome) {
        coached(user, personId);
        if (!repository.setOutcome(personId, actionId, TypedText.line(outcome, 300, "insertion.action.outcome"))) {
            throw new NotFoundException("action");
        }
        audit.insertionChanged(user, personId, "action outcome");
    }

    /** Validates a skill at a level, dated and signed by the coach. */
    @Transactional
    public Views.SkillRecord validate(CurrentUser user, UUID personId, Skill skill, Integer level) {
        coached(user, personId);
        if (skill == null) {
            throw DomainException.invalid("insertion.skill.unknown");
        }
        if (level == null || level < Skill.MIN_LEVEL || level > Skill.MAX_LEVEL) {
            throw DomainException.invalid("insertion.skill.level", Skill.MIN_LEVEL, Skill.MAX_LEVEL);
        }
        skills.validate(personId, skill, level, clock.instant(), user.accountId(), user.displayName());
        audit.insertionChanged(user, personId, "skill " + skill + " level " + level);
        return insertion.skills(personId).stream()
                .filter(s -> s.skill() == skill)
                .findFirst()
                .orElseThrow();
    }

    /** The person leaves the path: the date, and the outcome funders count. */
    @Transactional
    public void exit(CurrentUser user, UUID personId, LocalDate on, ExitOutcome outcome) {
        Views.Person person = coached(user, personId);
        if (on == null) {
            throw DomainException.invalid("insertion.exit.date");
        }
        if (outcome == null) {
            throw DomainException.invalid("insertion.exit.outcome");
        }
        LocalDate firstStart = repository.contracts(personId).stream()
                .map(Views.Contract::startsOn)
                .min(LocalDate::compareTo)
                .orElse(person.followedSince());
        if (on.isBefore(firstStart) || on.isBefore(person.followedSince())) {
            throw DomainException.invalid("insertion.exit.beforeStart");
        }
        if (on.isAfter(insertion.today())) {
            throw DomainException.invalid("insertion.exit.future");
        }
        if (person.exitOn() != null) {
            throw new DomainException("insertion.exit.already");
        }
        repository.exit(personId, on, outcome);
        audit.insertionChanged(user, personId, "exit " + outcome);
    }
}
