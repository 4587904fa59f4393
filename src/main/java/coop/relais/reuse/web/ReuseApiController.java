package coop.relais.reuse.web;

import coop.relais.reuse.Declaration;
import coop.relais.reuse.Declarations;
import coop.relais.reuse.Intake;
import coop.relais.reuse.Outflow;
import coop.relais.reuse.Ressourcerie;
import coop.relais.reuse.ReuseCategory;
import coop.relais.reuse.ReuseReport;
import coop.relais.reuse.Sale;
import coop.relais.reuse.SalePayment;
import coop.relais.reuse.ShopSales;
import coop.relais.reuse.Stream;
import coop.relais.shared.DomainException;
import coop.relais.shared.paging.ApiPage;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reuse shop through the API: weighing in, going out, and the kilos of a period. For the site's staff. */
@RestController
@RequestMapping("/api/v1/reuse")
@Tag(name = "Reuse shop", description = "Donations weighed in by category and sorted out, never more out than in")
class ReuseApiController {

    record IntakeRequest(
            UUID siteId,
            ReuseCategory category,
            BigDecimal grossKg,
            BigDecimal tareKg,
            UUID donorId,
            String condition) {}

    record OutflowRequest(UUID siteId, ReuseCategory category, Stream stream, BigDecimal kg, String recipient) {}

    record LineJson(ReuseCategory category, BigDecimal inKg, Map<Stream, BigDecimal> outKg, BigDecimal totalOutKg) {

        static LineJson of(ReuseReport.Line line) {
            Map<Stream, BigDecimal> out = new EnumMap<>(Stream.class);
            for (Stream stream : Stream.values()) {
                out.put(stream, line.out(stream));
            }
            return new LineJson(line.category(), line.inKg(), out, line.totalOut());
        }
    }

    record ReportJson(UUID siteId, LocalDate from, LocalDate to, List<LineJson> items, LineJson total) {}

    record DeclarationRequest(UUID siteId, Integer year, Integer quarter) {}

    record SaleRequest(
            UUID siteId,
            ReuseCategory category,
            String description,
            BigDecimal price,
            SalePayment payment,
            UUID buyerId) {}

    private final Ressourcerie ressourcerie;
    private final Declarations declarations;
    private final ShopSales sales;

    ReuseApiController(Ressourcerie ressourcerie, Declarations declarations, ShopSales sales) {
        this.ressourcerie = ressourcerie;
        this.declarations = declarations;
        this.sales = sales;
    }

    @PostMapping("/sales")
    @Operation(
            summary = "Sell an item at the desk",
            description = "price in euros, VAT included. payment: CASH (the desk must be open: written in its till),"
                    + " CARD, or ARDOISE (buyerId, a member of the site, is then charged). Never changed afterwards.")
    ResponseEntity<Sale> sell(@Parameter(hidden = true) CurrentUser user, @RequestBody SaleRequest request) {
        Sale sold = sales.sell(
                user,
                request.siteId(),
                new ShopSales.NewSale(
                        request.category(),
                        request.description(),
                        request.price(),
                        request.payment(),
                        request.buyerId()));
        return ResponseEntity.created(URI.create("/api/v1/reuse/sales/" + sold.id()))
                .body(sold);
    }

    @GetMapping("/sales")
    @Operation(summary = "The site's latest sales", description = "The twenty latest, newest first.")
    ApiPage<Sale> recentSales(@Parameter(hidden = true) CurrentUser user, @RequestParam(required = false) UUID siteId) {
        List<Sale> recent = sales.recent(user, siteId);
        return ApiPage.of(new ResultPage<>(recent, 0, Math.max(recent.size(), 1), recent.size()));
    }

    @PostMapping("/declarations")
    @Operation(
            summary = "Produce a quarter's declaration",
            description = "For a quarter that has ended: the report's figures of the quarter, frozen; producing it"
                    + " again gives the same one. 422 for a quarter not ended.")
    ResponseEntity<Declaration> declare(
            @Parameter(hidden = true) CurrentUser user, @RequestBody DeclarationRequest request) {
        if (request.year() == null || request.quarter() == null) {
            throw DomainException.invalid("reuse.declaration.quarter");
        }
        Declaration made = declarations.produce(user, request.siteId(), request.year(), request.quarter());
        return ResponseEntity.created(URI.create("/api/v1/reuse/declarations/" + made.id()))
                .body(made);
    }

    @GetMapping("/declarations/{id}")
    @Operation(summary = "A declaration", description = "?format=csv for the file sent to the eco-organisations.")
    ResponseEntity<?> declaration(
            @Parameter(hidden = true) CurrentUser user,
            @org.springframework.web.bind.annotation.PathVariable UUID id,
            @RequestParam(required = false) String format) {
        Declaration found = declarations.find(user, id);
        return "csv".equals(format) ? DeclarationCsv.of(found) : ResponseEntity.ok(found);
    }

    @PostMapping("/intakes")
    @Operation(
            summary = "Weigh a donation in",
            description = "grossKg and tareKg (the container) in kg, two decimals; the net weight is kept. donorId: a"
                    + " member of the site, optional. condition: GOOD, WORN or BROKEN, optional.")
    ResponseEntity<Intake> intake(@Parameter(hidden = true) CurrentUser user, @RequestBody IntakeRequest request) {
        Intake made = ressourcerie.intake(
                user,
                request.siteId(),
                new Ressourcerie.NewIntake(
                        request.category(),
                        request.grossKg(),
                        request.tareKg(),
                        request.condition(),
                        request.donorId()));
        return ResponseEntity.created(URI.create("/api/v1/reuse/intakes/" + made.id()))
                .body(made);
    }

    @PostMapping("/outflows")
    @Operation(
            summary = "Record goods going out",
            description = "To the shop floor (REUSE), REPAIR, RECYCLING or DISPOSAL; 422 when more than is left of"
                    + " the category.")
    ResponseEntity<Outflow> outflow(@Parameter(hidden = true) CurrentUser user, @RequestBody OutflowRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ressourcerie.outflow(
                        user,
                        request.siteId(),
                        new Ressourcerie.NewOutflow(
                                request.category(), request.stream(), request.kg(), request.recipient())));
    }

    @GetMapping("/report")
    @Operation(
            summary = "The kilos of a period",
            description = "from and to (ISO dates, included), in the site's days: kg in by category, out by category"
                    + " and stream.")
    ReportJson report(
            @Parameter(hidden = true) CurrentUser user,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        ReuseReport report = ressourcerie.report(user, siteId, date(from), date(to), zone(user, siteId));
        return new ReportJson(
                report.siteId(),
                report.from(),
                report.to(),
                report.lines().stream().map(LineJson::of).toList(),
                LineJson.of(report.total()));
    }

    private ZoneId zone(CurrentUser user, UUID siteId) {
        return ressourcerie.zoneOf(user, siteId);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("reuse.report.period");
        }
    }
}
