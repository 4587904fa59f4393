package coop.relais.exchange.web;

import coop.relais.exchange.ContestView;
import coop.relais.exchange.Contests;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Corrections by consent through the API: contesting a transfer, accepting a contest, a coordinator deciding. */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "Local exchange", description = "A site's SEL: members pay each other in time on a mutual-credit ledger")
class ContestsApiController {

    record ContestRequest(String reason) {}

    record DecisionRequest(Boolean reverse, String reason) {}

    private final Contests contests;

    ContestsApiController(Contests contests) {
        this.contests = contests;
    }

    @PostMapping("/transfers/{id}/contest")
    @Operation(
            summary = "Contest a committed transfer",
            description = "Either side, saying why. The other side accepts it, or a coordinator decides; upheld, it is"
                    + " undone by a reversing transfer linked to it.")
    ResponseEntity<ContestView> contest(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) ContestRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(contests.contest(user, id, request == null ? null : request.reason()));
    }

    @PostMapping("/contests/{id}/accept")
    @Operation(summary = "Accept a contest", description = "The other side of the transfer: it is reversed.")
    ContestView acceptContest(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return contests.accept(user, id);
    }

    @PostMapping("/contests/{id}/decide")
    @Operation(summary = "Decide a contest", description = "A coordinator: reverse (true) or not, saying why.")
    ContestView decide(
            @Parameter(hidden = true) CurrentUser user, @PathVariable UUID id, @RequestBody DecisionRequest request) {
        return contests.decide(user, id, Boolean.TRUE.equals(request.reverse()), request.reason());
    }
}
