package coop.relais.insertion.web;

import coop.relais.insertion.ActionKind;
import coop.relais.insertion.Coaching;
import coop.relais.insertion.ContractKind;
import coop.relais.insertion.ExitOutcome;
import coop.relais.insertion.Insertion;
import coop.relais.insertion.ObstacleKind;
import coop.relais.insertion.Skill;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.text.AmountInput;
import coop.relais.shared.text.TypedText;
import coop.relais.shared.web.Flash;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coach's pages: what waits (contracts ending, meetings due, skills to validate, people idle), the people
 * followed, each one's record with its forms; and the concierge's own path, phone-sized.
 */
@Controller
class InsertionPagesController {

    private final Insertion insertion;
    private final Coaching coaching;

    InsertionPagesController(Insertion insertion, Coaching coaching) {
        this.insertion = insertion;
        this.coaching = coaching;
    }

    @GetMapping("/insertion")
    String home(CurrentUser user, Model model) {
        model.addAttribute("people", insertion.people(user));
        model.addAttribute("dashboard", insertion.dashboard(user));
        model.addAttribute("coach", user.has(Role.INSERTION_COACH));
        model.addAttribute("contractKinds", ContractKind.values());
        return "insertion/home";
    }

    @GetMapping("/insertion/people/{id}")
    String person(CurrentUser user, @PathVariable UUID id, Model model) {
        var record = insertion.record(user, id);
        model.addAttribute("record", record);
        model.addAttribute(
                "coach",
                user.has(Role.INSERTION_COACH)
                        && user.accountId().equals(record.person().coachId()));
        model.addAttribute("contractKinds", ContractKind.values());
        model.addAttribute("actionKinds", ActionKind.values());
        model.addAttribute("obstacleKinds", ObstacleKind.values());
        model.addAttribute("outcomes", ExitOutcome.values());
        model.addAttribute("levels", new int[] {1, 2, 3, 4});
        return "insertion/person";
    }

    @GetMapping("/insertion/me")
    String mine(CurrentUser user, Model model) {
        model.addAttribute("record", insertion.mine(user));
        return "insertion/me";
    }

    @PostMapping("/insertion/people")
    String follow(
            CurrentUser user,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String endsOn,
            @RequestParam(required = false) String weeklyHours,
            @RequestParam(required = false) String funder,
            @RequestParam(required = false) String referrer,
            RedirectAttributes redirect) {
        return Flash.attempt(redirect, "/insertion", "insertion.flash.followed", () -> new Object[] {
            coaching.follow(user, email, contract(kind, startsOn, endsOn, weeklyHours, funder, referrer, false))
                    .displayName()
        });
    }

    @PostMapping("/insertion/people/{id}/contracts")
    String contract(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String endsOn,
            @RequestParam(required = false) String weeklyHours,
            @RequestParam(required = false) String funder,
            @RequestParam(required = false) String referrer,
            @RequestParam(required = false) boolean renewal,
            RedirectAttributes redirect) {
        return Flash.done(redirect, page(id), "insertion.flash.contract", () -> {
            coaching.contract(user, id, contract(kind, startsOn, endsOn, weeklyHours, funder, referrer, renewal));
        });
    }

    @PostMapping("/insertion/people/{id}/jobs")
    String job(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String rome,
            @RequestParam(required = false) String label,
            RedirectAttributes redirect) {
        return Flash.done(redirect, page(id), "insertion.flash.job", () -> {
            coaching.targetJob(user, id, rome, label);
        });
    }

    @PostMapping("/insertion/people/{id}/obstacles")
    String obstacle(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String plan,
            RedirectAttributes redirect) {
        return Flash.done(redirect, page(id), "insertion.flash.obstacle", () -> {
            coaching.obstacle(
                    user, id, TypedText.choice(ObstacleKind.class, kind, "insertion.obstacle.kind"), note, plan);
        });
    }

    @PostMapping("/insertion/people/{id}/obstacles/{obstacle}/lift")
    String lift(CurrentUser user, @PathVariable UUID id, @PathVariable UUID obstacle, RedirectAttributes redirect) {
        return Flash.done(redirect, page(id), "insertion.flash.lifted", () -> {
            coaching.lift(user, id, obstacle);
        });
    }

    @PostMapping("/insertion/people/{id}/meetings")
    String meeting(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) boolean held,
            @RequestParam(required = false) String summary,
            @RequestParam(required = false) String nextSteps,
            @RequestParam(required = false) String privateNote,
            RedirectAttributes redirect) {
        return Flash.attempt(redirect, page(id), "insertion.flash.meeting", () -> {
            coaching.meeting(
                    user, id, TypedText.date(on, "insertion.meeting.date"), held, summary, nextSteps, privateNote);
            return new Object[] {held ? 1 : 0};
        });
    }

    @PostMapping("/insertion/people/{id}/actions")
    String action(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String outcome,
            RedirectAttributes redirect) {
        return Flash.done(redirect, page(id), "insertion.flash.action", () -> {
            coaching.action(
                    user,
                    id,
                    TypedText.choice(ActionKind.class, kind, "insertion.action.kind"),
                    title,
                    TypedText.date(on, "insertion.action.date"),
                    outcome);
        });
    }

    @PostMapping("/insertion/people/{id}/actions/{action}/outcome")
    String outcome(
            CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID action,
            @RequestParam(required = false) String outcome,
            RedirectAttributes redirect) {
        return Flash.done(redirect, page(id), "insertion.flash.outcome", () -> {
            coaching.outcome(user, id, action, outcome);
        });
    }

    @PostMapping("/insertion/people/{id}/skills/{skill}")
    String validate(
            CurrentUser user,
            @PathVariable UUID id,
            @PathVariable String skill,
            @RequestParam(required = false) String level,
            RedirectAttributes redirect) {
        return Flash.attempt(redirect, page(id), "insertion.flash.validated", () -> {
            Integer chosen = level != null && level.strip().matches("\\d") ? Integer.valueOf(level.strip()) : null;
            var done = coaching.validate(
                    user, id, TypedText.choice(Skill.class, skill, "insertion.skill.unknown"), chosen);
            return new Object[] {done.level()};
        });
    }

    @PostMapping("/insertion/people/{id}/exit")
    String exit(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String outcome,
            RedirectAttributes redirect) {
        return Flash.done(redirect, page(id), "insertion.flash.exit", () -> {
            coaching.exit(
                    user,
                    id,
                    TypedText.date(on, "insertion.exit.date"),
                    TypedText.choice(ExitOutcome.class, outcome, "insertion.exit.outcome"));
        });
    }

    private static String page(UUID id) {
        return "/insertion/people/" + id;
    }

    private static Coaching.NewContract contract(
            String kind,
            String startsOn,
            String endsOn,
            String weeklyHours,
            String funder,
            String referrer,
            boolean renewal) {
        BigDecimal hours = weeklyHours == null || weeklyHours.isBlank()
                ? null
                : AmountInput.euros(weeklyHours)
                        .orElseThrow(() -> DomainException.invalid("insertion.contract.hours", 35));
        return new Coaching.NewContract(
                TypedText.choice(ContractKind.class, kind, "insertion.contract.kind"),
                TypedText.date(startsOn, "insertion.contract.dates"),
                TypedText.date(endsOn, "insertion.contract.dates"),
                hours,
                funder,
                referrer,
                renewal);
    }
}
