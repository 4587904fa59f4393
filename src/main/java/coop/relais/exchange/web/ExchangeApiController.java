package coop.relais.exchange.web;

import coop.relais.exchange.EuroPart;
import coop.relais.exchange.Integrity;
import coop.relais.exchange.Position;
import coop.relais.exchange.SelView;
import coop.relais.exchange.Sels;
import coop.relais.exchange.StatementLine;
import coop.relais.exchange.TransferView;
import coop.relais.exchange.Transfers;
import coop.relais.shared.paging.ApiPage;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "Local exchange", description = "A site's SEL: members pay each other in time on a mutual-credit ledger")
class ExchangeApiController {

    record SelJson(
            UUID id,
            UUID siteId,
            String name,
            String unitName,
            int unitsPerHour,
            int floor,
            int ceiling,
            int requestDays,
            SelView.Participation participationView,
            boolean autoAccept) {

        static SelJson of(SelView s) {
            return new SelJson(
                    s.id(),
                    s.siteId(),
                    s.name(),
                    s.unitName(),
                    s.unitsPerHour(),
                    s.floor(),
                    s.ceiling(),
                    s.requestDays(),
                    s.participation(),
                    s.autoAccept());
        }
    }

    /** A member as the SEL's participation view shows them: what it does not show is null. */
    record MemberJson(UUID accountId, String displayName, Long balance, Long given, Long received, long exchanges) {}

    record MeJson(UUID selId, long balance, int floor, int ceiling, String unitName, int unitsPerHour) {}

    /** A payment; euroAmount and euroDescription: the euro part of a mixed exchange, charged to the payer. */
    record TransferRequest(
            UUID selId,
            UUID payeeId,
            BigDecimal amount,
            String memo,
            UUID adId,
            BigDecimal euroAmount,
            String euroDescription) {}

    record PaymentRequest(
            UUID selId, UUID payerId, BigDecimal amount, String memo, BigDecimal euroAmount, String euroDescription) {}

    record JoinRequest(Boolean charterAccepted) {}

    private final Sels sels;
    private final Transfers transfers;

    ExchangeApiController(Sels sels, Transfers transfers) {
        this.sels = sels;
        this.transfers = transfers;
    }

    @GetMapping("/sels")
    @Operation(summary = "Your SELs", description = "The SELs of the sites you belong to.")
    ApiPage<SelJson> sels(@Parameter(hidden = true) CurrentUser user) {
        List<SelView> mine = sels.mine(user);
        return ApiPage.of(new ResultPage<>(mine, 0, Math.max(mine.size(), 1), mine.size()), SelJson::of);
    }

    @PostMapping("/sels/{id}/join")
    @Operation(summary = "Join a SEL", description = "Members of its site, accepting its charter.")
    MeJson join(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) JoinRequest request) {
        return me(
                sels.visible(user, id),
                sels.join(user, id, request != null && Boolean.TRUE.equals(request.charterAccepted())));
    }

    @GetMapping("/sels/{id}/members")
    ApiPage<MemberJson> members(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        var members = sels.members(user, id);
        return ApiPage.of(
                new ResultPage<>(members, 0, Math.max(members.size(), 1), members.size()),
                m -> new MemberJson(
                        m.memberId(), m.displayName(), m.balance(), m.given(), m.received(), m.exchanges()));
    }

    @GetMapping("/sels/{id}/me")
    MeJson me(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return me(sels.visible(user, id), sels.me(user, id));
    }

    @GetMapping(value = "/sels/{id}/statement")
    @Operation(
            summary = "Your statement",
            description = "Newest first, with the balance after each line; ?format=csv for a CSV file.")
    ResponseEntity<?> statement(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "100") int size) {
        if ("csv".equalsIgnoreCase(format)) {
            List<StatementLine> all = sels.statement(user, id, before, 500);
            StringBuilder csv = new StringBuilder("position;date;amount;balance;memo;with\n");
            for (StatementLine line : all) {
                csv.append(line.entryNo())
                        .append(';')
                        .append(line.at())
                        .append(';')
                        .append(line.amount())
                        .append(';')
                        .append(line.balanceAfter())
                        .append(';')
                        .append(cell(line.memo()))
                        .append(';')
                        .append(cell(line.otherName() == null ? "" : line.otherName()))
                        .append('\n');
            }
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"releve-sel.csv\"")
                    .body(csv.toString());
        }
        List<StatementLine> page = sels.statement(user, id, before, size);
        return ResponseEntity.ok(ApiPage.of(new ResultPage<>(page, 0, Math.max(page.size(), 1), page.size())));
    }

    @PostMapping("/transfers")
    @Operation(
            summary = "Pay a member",
            description = "amount: whole units. 201 COMMITTED; 422 naming the limit (floor, ceiling); with an"
                    + " Idempotency-Key the same request posts once.")
    ResponseEntity<TransferView> pay(
            @Parameter(hidden = true) CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody TransferRequest request) {
        Transfers.Paid paid = transfers.pay(
                user,
                request.selId(),
                request.payeeId(),
                request.amount(),
                request.memo(),
                EuroPart.of(request.euroAmount(), request.euroDescription()),
                key == null || key.isBlank() ? null : key.strip());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(
                        "/api/v1/exchange/transfers/" + paid.transfer().id()))
                .header("Idempotent-Replayed", String.valueOf(paid.replayed()))
                .body(paid.transfer());
    }

    @PostMapping("/requests")
    @Operation(summary = "Ask a member to pay you", description = "Nothing moves until they accept.")
    ResponseEntity<TransferView> request(
            @Parameter(hidden = true) CurrentUser user, @RequestBody PaymentRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(transfers.request(
                        user,
                        request.selId(),
                        request.payerId(),
                        request.amount(),
                        request.memo(),
                        EuroPart.of(request.euroAmount(), request.euroDescription())));
    }

    @PostMapping("/requests/{id}/accept")
    TransferView accept(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return transfers.accept(user, id);
    }

    @PostMapping("/requests/{id}/reject")
    TransferView reject(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return transfers.decline(user, id);
    }

    @GetMapping("/sels/{id}/integrity")
    @Operation(summary = "The ledger's reconciliation, live", description = "For the SEL's coordinators.")
    Integrity integrity(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return sels.integrity(user, id);
    }

    private static MeJson me(SelView sel, Position p) {
        return new MeJson(sel.id(), p.balance(), p.floor(), p.ceiling(), sel.unitName(), sel.unitsPerHour());
    }

    /** A CSV cell: quoted when it holds a separator, a quote or a line break; formulas neutralised. */
    static String cell(String text) {
        String t = text.replace("\r", " ").replace("\n", " ");
        if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        return t.contains(";") || t.contains("\"") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
    }
}
