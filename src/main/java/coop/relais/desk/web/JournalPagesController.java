package coop.relais.desk.web;

import coop.relais.desk.DeskDayView;
import coop.relais.desk.DeskJournal;
import coop.relais.desk.JournalEntryKind;
import coop.relais.desk.JournalEntryView;
import coop.relais.organisation.SiteView;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.DateInput;
import coop.relais.shared.web.Flash;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The desk journal: the day's entries, opening, closing with the cash count, notes and corrections. */
@Controller
class JournalPagesController {

    private final DeskJournal journal;
    private final DeskSite deskSite;
    private final DeskFormat format;

    JournalPagesController(DeskJournal journal, DeskSite deskSite, DeskFormat format) {
        this.journal = journal;
        this.deskSite = deskSite;
        this.format = format;
    }

    record CashForm(
            String amount,

            @Size(max = 2000, message = "{desk.validation.tooLong}")
            String note) {}

    record NoteForm(
            String kind,

            @NotBlank(message = "{desk.validation.text}") @Size(max = 2000, message = "{desk.validation.tooLong}")
            String text) {}

    record CorrectionForm(
            String amount,

            @Size(max = 2000, message = "{desk.validation.tooLong}")
            String text,

            @NotBlank(message = "{desk.validation.reason}") @Size(max = 500, message = "{desk.validation.tooLong}")
            String reason) {}

    @GetMapping("/desk/journal")
    String day(CurrentUser user, @RequestParam(required = false) String date, Model model) {
        SiteView site = deskSite.current(user);
        LocalDate today = journal.today(user, site.id());
        LocalDate asked;
        try {
            asked = DateInput.date(date).orElse(null);
        } catch (java.time.format.DateTimeParseException e) {
            model.addAttribute("dateError", true);
            asked = null;
        }
        LocalDate shown = asked == null || asked.isAfter(today) ? today : asked;
        DeskDayView day = journal.day(user, site.id(), shown);
        model.addAttribute("site", site);
        model.addAttribute("zone", site.timeZone());
        model.addAttribute("day", day);
        model.addAttribute("today", today);
        model.addAttribute("isToday", shown.equals(today));
        model.addAttribute(
                "todayOpen",
                shown.equals(today)
                        ? day.open()
                        : journal.day(user, site.id(), today).open());
        return "desk/journal";
    }

    // Opening

    @GetMapping("/desk/journal/open")
    String openForm(CurrentUser user, Model model) {
        return cashPage(user, "open", new CashForm(null, null), model);
    }

    @PostMapping("/desk/journal/open")
    String open(
            CurrentUser user,
            @Valid @ModelAttribute("cashForm") CashForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SiteView site = deskSite.current(user);
        Optional<Money> amount = amount(form.amount(), result);
        if (!result.hasErrors()) {
            try {
                JournalEntryView opened = journal.open(user, site.id(), amount.get(), form.note());
                Flash.success(redirect, "desk.flash.deskOpened", format.money(opened.amount()));
                return "redirect:/desk";
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return cashPage(user, "open", form, model);
    }

    // Closing

    @GetMapping("/desk/journal/close")
    String closeForm(CurrentUser user, Model model) {
        return cashPage(user, "close", new CashForm(null, null), model);
    }

    @PostMapping("/desk/journal/close")
    String close(
            CurrentUser user,
            @Valid @ModelAttribute("cashForm") CashForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SiteView site = deskSite.current(user);
        Optional<Money> amount = amount(form.amount(), result);
        if (!result.hasErrors()) {
            try {
                JournalEntryView closed = journal.close(user, site.id(), amount.get(), form.note());
                if (closed.difference().isZero()) {
                    Flash.success(redirect, "desk.flash.deskClosedExact", format.money(closed.amount()));
                } else {
                    Flash.success(
                            redirect,
                            "desk.flash.deskClosedDifference",
                            format.money(closed.amount()),
                            format.money(closed.expected()),
                            format.signedMoney(closed.difference()));
                }
                return "redirect:/desk/journal";
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return cashPage(user, "close", form, model);
    }

    private String cashPage(CurrentUser user, String action, CashForm form, Model model) {
        SiteView site = deskSite.current(user);
        DeskDayView day = journal.day(user, site.id(), null);
        model.addAttribute("site", site);
        model.addAttribute("day", day);
        model.addAttribute("action", action);
        model.addAttribute("cashForm", form);
        return "desk/journal-cash";
    }

    private static Optional<Money> amount(String text, BindingResult result) {
        if (Inputs.blank(text)) {
            result.rejectValue("amount", "desk.validation.amountRequired");
            return Optional.empty();
        }
        Optional<Money> amount = Inputs.money(text);
        if (amount.isEmpty()) {
            result.rejectValue("amount", "desk.validation.amount");
        }
        return amount;
    }

    // Notes and incidents

    @GetMapping("/desk/journal/note")
    String noteForm(CurrentUser user, @RequestParam(defaultValue = "HANDOVER") String kind, Model model) {
        JournalEntryKind chosen = noteKind(kind);
        return notePage(user, new NoteForm(chosen.name(), null), model);
    }

    @PostMapping("/desk/journal/note")
    String note(
            CurrentUser user,
            @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SiteView site = deskSite.current(user);
        JournalEntryKind kind = noteKind(form.kind());
        if (!result.hasErrors()) {
            try {
                journal.note(user, site.id(), kind, form.text());
                Flash.success(
                        redirect,
                        kind == JournalEntryKind.INCIDENT ? "desk.flash.incidentNoted" : "desk.flash.handoverNoted");
                return "redirect:/desk/journal";
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return notePage(user, form, model);
    }

    private String notePage(CurrentUser user, NoteForm form, Model model) {
        model.addAttribute("site", deskSite.current(user));
        model.addAttribute("noteForm", form);
        return "desk/journal-note";
    }

    private static JournalEntryKind noteKind(String kind) {
        return "INCIDENT".equals(kind) ? JournalEntryKind.INCIDENT : JournalEntryKind.HANDOVER;
    }

    // Corrections

    @GetMapping("/desk/journal/entries/{id}/correct")
    String correctForm(CurrentUser user, @PathVariable UUID id, Model model) {
        JournalEntryView entry = journal.entry(user, id);
        return correctionPage(
                user,
                entry,
                new CorrectionForm(entry.amount() == null ? null : format.input(entry.amount()), entry.text(), null),
                model);
    }

    @PostMapping("/desk/journal/entries/{id}/correct")
    String correct(
            CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("correctionForm") CorrectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        JournalEntryView entry = journal.entry(user, id);
        Money amount = null;
        if (entry.kind().carriesAmount()) {
            amount = amount(form.amount(), result).orElse(null);
        } else if (Inputs.blank(form.text())) {
            result.rejectValue("text", "desk.validation.text");
        }
        if (!result.hasErrors()) {
            try {
                journal.correct(user, id, amount, form.text(), form.reason());
                Flash.success(redirect, "desk.flash.entryCorrected");
                redirect.addAttribute("date", entry.businessDate().toString());
                return "redirect:/desk/journal";
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return correctionPage(user, entry, form, model);
    }

    private String correctionPage(CurrentUser user, JournalEntryView entry, CorrectionForm form, Model model) {
        SiteView site = deskSite.current(user);
        model.addAttribute("site", site);
        model.addAttribute("zone", site.timeZone());
        model.addAttribute("entry", entry);
        model.addAttribute("correctionForm", form);
        return "desk/journal-correct";
    }
}
