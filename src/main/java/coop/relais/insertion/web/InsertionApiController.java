package coop.relais.insertion.web;

import coop.relais.insertion.Coaching;
import coop.relais.insertion.ExitOutcome;
import coop.relais.insertion.FundersReport;
import coop.relais.insertion.Insertion;
import coop.relais.insertion.Skill;
import coop.relais.insertion.Views;
import coop.relais.shared.DomainException;
import coop.relais.shared.paging.ApiPage;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work integration through the API: for coaches (their people), admins (everyone, and the funders' figures) and
 * the person themself (their own path). Every other role gets 404 on all of it.
 */
@RestController
@Tag(name = "Work integration", description = "Insertion records: sensitive, for coaches, admins and the person")
class InsertionApiController {

    record SkillJson(
            Skill skill,
            Integer level,
            java.time.Instant validatedAt,
            String signedAs,
            List<Views.Evidence> evidence,
            boolean waiting) {

        static SkillJson of(Views.SkillRecord s) {
            return new SkillJson(s.skill(), s.level(), s.validatedAt(), s.signedAs(), s.evidence(), s.waiting());
        }
    }

    record ValidationRequest(Integer level) {}

    record ReportJson(
            LocalDate from,
            LocalDate to,
            long peopleFollowed,
            BigDecimal hoursWorked,
            Map<ExitOutcome, Long> exits,
            long exitsTotal,
            BigDecimal dynamicExitRate) {}

    private final Insertion insertion;
    private final Coaching coaching;
    private final FundersReport report;

    InsertionApiController(Insertion insertion, Coaching coaching, FundersReport report) {
        this.insertion = insertion;
        this.coaching = coaching;
        this.report = report;
    }

    @GetMapping("/api/v1/insertion/people")
    @Operation(summary = "The people followed", description = "A coach's own people; everyone for an admin.")
    ApiPage<Views.Person> people(@Parameter(hidden = true) CurrentUser user) {
        List<Views.Person> people = insertion.people(user);
        return ApiPage.of(new ResultPage<>(people, 0, Math.max(people.size(), 1), people.size()));
    }

    @GetMapping("/api/v1/insertion/people/{id}")
    @Operation(
            summary = "A person's record",
            description = "Contracts, project, meetings, actions and skills; the coaches' private notes only for the"
                    + " person's coach. Each reading is audited.")
    Views.Record record(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return insertion.record(user, id);
    }

    @GetMapping("/api/v1/insertion/people/{id}/skills")
    @Operation(summary = "The skills record", description = "Each skill with its evidence by kind and month.")
    ApiPage<SkillJson> skills(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        List<SkillJson> items =
                insertion.skills(user, id).stream().map(SkillJson::of).toList();
        return ApiPage.of(new ResultPage<>(items, 0, items.size(), items.size()));
    }

    @PostMapping("/api/v1/insertion/people/{id}/skills/{skill}/validation")
    @Operation(
            summary = "Validate a skill",
            description = "By the person's coach, at a level from 1 to 4; dated and signed. 400 for an unknown skill"
                    + " or a level out of range.")
    ResponseEntity<SkillJson> validate(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @PathVariable String skill,
            @RequestBody(required = false) ValidationRequest request) {
        Skill chosen;
        try {
            chosen = Skill.valueOf(skill);
        } catch (IllegalArgumentException unknown) {
            chosen = null;
        }
        Views.SkillRecord validated = coaching.validate(user, id, chosen, request == null ? null : request.level());
        return ResponseEntity.status(HttpStatus.CREATED).body(SkillJson.of(validated));
    }

    @GetMapping("/api/v1/me/insertion")
    @Operation(summary = "My path", description = "For the person followed: their own record, without private notes.")
    Views.Record mine(@Parameter(hidden = true) CurrentUser user) {
        return insertion.mine(user);
    }

    @GetMapping("/api/v1/insertion/report")
    @Operation(
            summary = "The funders' figures",
            description = "Admins only: people followed, hours worked, exits by outcome and the dynamic-exit rate"
                    + " (in percent) over `from`–`to` (ISO dates, included).")
    ReportJson report(
            @Parameter(hidden = true) CurrentUser user,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        if (!user.isAdmin()) {
            throw new coop.relais.shared.NotFoundException("report");
        }
        FundersReport.Figures f = report.figures(user, date(from), date(to));
        return new ReportJson(
                f.from(), f.to(), f.peopleFollowed(), f.hoursWorked(), f.exits(), f.exitsTotal(), f.dynamicExitRate());
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("insertion.report.period");
        }
    }
}
