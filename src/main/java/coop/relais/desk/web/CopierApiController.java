package coop.relais.desk.web;

import coop.relais.desk.CopierManagement;
import coop.relais.desk.CopierReadingView;
import coop.relais.desk.CopierView;
import coop.relais.desk.NewCopier;
import coop.relais.desk.RecordReading;
import coop.relais.desk.web.ApiModels.NewCopierBody;
import coop.relais.desk.web.ApiModels.ReadingBody;
import coop.relais.desk.web.ApiModels.ReadingJson;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Desk: shared photocopiers", description = "Copiers of ecosystem sites and each company's counters")
class CopierApiController {

    private final CopierManagement copiers;

    CopierApiController(CopierManagement copiers) {
        this.copiers = copiers;
    }

    @GetMapping("/api/v1/desk/copiers")
    @Operation(summary = "The shared copiers of a site where you work")
    List<CopierView> list(@Parameter(hidden = true) CurrentUser user, @RequestParam UUID siteId) {
        return copiers.copiersAt(user, siteId);
    }

    @PostMapping("/api/v1/desk/copiers")
    @Operation(summary = "Add a copier to an ecosystem site, with its prices per page (site managers)")
    ResponseEntity<CopierView> add(@Parameter(hidden = true) CurrentUser user, @Valid @RequestBody NewCopierBody body) {
        CopierView copier = copiers.addCopier(
                user,
                new NewCopier(
                        body.siteId(),
                        body.name(),
                        body.location(),
                        body.blackPagePrice(),
                        body.colourPagePrice(),
                        body.vatRate()));
        return ResponseEntity.created(URI.create("/api/v1/desk/copiers/" + copier.id()))
                .body(copier);
    }

    @GetMapping("/api/v1/desk/copiers/{id}/readings")
    @Operation(summary = "Recent counter readings of a copier, latest month first")
    List<ReadingJson> readings(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return copiers.readings(user, id).stream().map(ReadingJson::of).toList();
    }

    @PostMapping("/api/v1/desk/copiers/{id}/readings")
    @Operation(
            summary = "Record a company's counters for a month",
            description = "Counters never go backwards: each start must be at least the end of the company's "
                    + "previous reading, each end at least its start. Raises CopierUsageRecorded with the amounts.")
    ResponseEntity<ReadingJson> record(
            @Parameter(hidden = true) CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReadingBody body) {
        CopierReadingView reading = copiers.record(
                user,
                id,
                new RecordReading(
                        body.organisationId(),
                        body.period(),
                        body.blackStart(),
                        body.blackEnd(),
                        body.colourStart(),
                        body.colourEnd()));
        return ResponseEntity.created(URI.create("/api/v1/desk/copiers/" + id + "/readings"))
                .body(ReadingJson.of(reading));
    }
}
