package coop.relais.exchange.web;

import coop.relais.exchange.Coordination;
import coop.relais.exchange.SelView;
import coop.relais.exchange.Standing;
import coop.relais.exchange.TransferView;
import coop.relais.exchange.web.ExchangeApiController.SelJson;
import coop.relais.shared.paging.ApiPage;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a SEL's coordinators do through the API: standings, adjustments, rules. 404 for anyone else. */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "Local exchange", description = "A site's SEL: members pay each other in time on a mutual-credit ledger")
class CoordinationApiController {

    record AdjustmentRequest(UUID memberId, BigDecimal amount, String reason) {}

    record SettingsRequest(
            Integer floor,
            Integer ceiling,
            Integer requestDays,
            SelView.Participation participationView,
            Boolean autoAccept) {}

    record LimitsRequest(Integer floor, Integer ceiling) {}

    private final Coordination coordination;

    CoordinationApiController(Coordination coordination) {
        this.coordination = coordination;
    }

    @GetMapping("/sels/{id}/standings")
    @Operation(
            summary = "Every member's standing",
            description = "For the SEL's coordinators: balance, time given and received, exchanges, and the members"
                    + " long below zero or long without an exchange.")
    ApiPage<Standing> standings(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        List<Standing> all = coordination.standings(user, id);
        return ApiPage.of(new ResultPage<>(all, 0, Math.max(all.size(), 1), all.size()));
    }

    @PostMapping("/sels/{id}/adjustments")
    @Operation(
            summary = "Adjust a member's balance",
            description = "For the SEL's coordinators: a positive amount credits the member, a negative one debits"
                    + " them, against the SEL's own account; the reason is required and kept.")
    ResponseEntity<TransferView> adjust(
            @Parameter(hidden = true) CurrentUser user, @PathVariable UUID id, @RequestBody AdjustmentRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(coordination.adjust(user, id, request.memberId(), request.amount(), request.reason()));
    }

    @PutMapping("/sels/{id}/members/{memberId}/limits")
    @Operation(
            summary = "Set a member's own floor and ceiling",
            description = "For the SEL's coordinators; null (or absent) for the SEL's own limit.")
    Standing limits(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @RequestBody LimitsRequest request) {
        return coordination.limits(user, id, memberId, request.floor(), request.ceiling());
    }

    @PutMapping("/sels/{id}/settings")
    @Operation(summary = "Set the SEL's rules", description = "For the SEL's coordinators.")
    SelJson settings(
            @Parameter(hidden = true) CurrentUser user, @PathVariable UUID id, @RequestBody SettingsRequest request) {
        return SelJson.of(coordination.settings(
                user,
                id,
                new Coordination.Settings(
                        request.floor(),
                        request.ceiling(),
                        request.requestDays(),
                        request.participationView(),
                        Boolean.TRUE.equals(request.autoAccept()))));
    }
}
