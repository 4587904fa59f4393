package coop.relais.desk.web;

import coop.relais.desk.DeskJournal;
import coop.relais.desk.JournalEntryView;
import coop.relais.desk.web.ApiModels.DayJson;
import coop.relais.desk.web.ApiModels.EntryJson;
import coop.relais.desk.web.ApiModels.JournalBody;
import coop.relais.shared.Money;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Desk: journal", description = "Opening and closing with the cash count, hand-over notes, incidents")
class JournalApiController {

    private final DeskJournal journal;

    JournalApiController(DeskJournal journal) {
        this.journal = journal;
    }

    @GetMapping("/api/v1/desk/journal")
    @Operation(summary = "A day of a site's desk journal (today by default), with closing differences")
    DayJson day(
            @Parameter(hidden = true) CurrentUser user,
            @RequestParam UUID siteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return DayJson.of(journal.day(user, siteId, date));
    }

    @GetMapping("/api/v1/desk/journal/entries/{id}")
    @Operation(summary = "One journal entry, as written")
    EntryJson entry(
            @Parameter(hidden = true) CurrentUser user, @org.springframework.web.bind.annotation.PathVariable UUID id) {
        return EntryJson.of(journal.entry(user, id));
    }

    @PostMapping("/api/v1/desk/journal")
    @Operation(
            summary = "Append an entry to today's journal",
            description = "OPENING (amount: cash float), CLOSING (amount: cash counted; the difference is recorded, "
                    + "never adjusted), HANDOVER or INCIDENT (text). Entries are never changed: to correct one, "
                    + "send correctsId with correctionReason and the right values.")
    ResponseEntity<EntryJson> append(@Parameter(hidden = true) CurrentUser user, @Valid @RequestBody JournalBody body) {
        Money amount = body.amount() == null ? null : Money.of(body.amount());
        JournalEntryView entry;
        if (body.correctsId() != null) {
            entry = journal.correct(user, body.correctsId(), amount, body.text(), body.correctionReason());
        } else {
            entry = switch (body.kind()) {
                case OPENING -> journal.open(user, body.siteId(), amount, body.text());
                case CLOSING -> journal.close(user, body.siteId(), amount, body.text());
                case HANDOVER, INCIDENT, CASH_IN -> journal.note(user, body.siteId(), body.kind(), body.text());
            };
        }
        return ResponseEntity.created(URI.create("/api/v1/desk/journal/entries/" + entry.id()))
                .body(EntryJson.of(entry));
    }
}
