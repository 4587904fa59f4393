package coop.relais.booking.web;

import coop.relais.booking.DamageView;
import coop.relais.booking.Repairs;
import coop.relais.shared.paging.ApiPage;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The damages that keep resources out of service, and ordering their repair from a provider. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Booking", description = "A site's shared resources (rooms, equipment) and their bookings")
class RepairsApiController {

    record RepairRequest(UUID offerId, String note) {}

    private final Repairs repairs;

    RepairsApiController(Repairs repairs) {
        this.repairs = repairs;
    }

    @GetMapping("/sites/{siteId}/damages")
    @Operation(summary = "Damages not repaired yet", description = "For the site's staff, newest first.")
    ApiPage<DamageView> damages(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID siteId) {
        List<DamageView> open = repairs.open(user, siteId);
        return ApiPage.of(new ResultPage<>(open, 0, Math.max(open.size(), 1), open.size()));
    }

    @PostMapping("/damages/{id}/repair-order")
    @Operation(
            summary = "Order the repair of a damage",
            description = "For the site's staff: places an order of the site on an offer its owner pays in full;"
                    + " 409 when the damage's repair is already ordered, 400 when the offer is not one of those.")
    ResponseEntity<DamageView> order(
            @Parameter(hidden = true) CurrentUser user, @PathVariable UUID id, @RequestBody RepairRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(repairs.order(user, id, request.offerId(), request.note()));
    }
}
