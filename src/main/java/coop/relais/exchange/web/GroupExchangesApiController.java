package coop.relais.exchange.web;

import coop.relais.exchange.GroupPayments;
import coop.relais.exchange.TransferView;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One member paying several, or asking several to pay, in one operation: all or nothing. */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "Local exchange", description = "A site's SEL: members pay each other in time on a mutual-credit ledger")
class GroupExchangesApiController {

    record GroupPaymentRequest(UUID selId, List<UUID> payeeIds, BigDecimal amountEach, String memo) {}

    record GroupRequestRequest(UUID selId, List<UUID> payerIds, BigDecimal amountEach, String memo) {}

    private final GroupPayments groups;

    GroupExchangesApiController(GroupPayments groups) {
        this.groups = groups;
    }

    @PostMapping("/group-payments")
    @Operation(
            summary = "Pay several members at once",
            description = "amountEach to each of payeeIds (2 to 50), all or nothing: 422 naming the limit when the"
                    + " whole does not fit, and nothing is paid.")
    ResponseEntity<ApiPage<TransferView>> groupPayment(
            @Parameter(hidden = true) CurrentUser user, @RequestBody GroupPaymentRequest request) {
        List<TransferView> made =
                groups.pay(user, request.selId(), request.payeeIds(), request.amountEach(), request.memo());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ApiPage.of(new ResultPage<>(made, 0, Math.max(made.size(), 1), made.size())));
    }

    @PostMapping("/group-requests")
    @Operation(
            summary = "Ask several members to pay you",
            description = "2 to 50 payers, the same amount each: all the requests are made, or none; each payer then"
                    + " accepts or rejects their own.")
    ResponseEntity<ApiPage<TransferView>> groupRequest(
            @Parameter(hidden = true) CurrentUser user, @RequestBody GroupRequestRequest request) {
        List<TransferView> made =
                groups.request(user, request.selId(), request.payerIds(), request.amountEach(), request.memo());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ApiPage.of(new ResultPage<>(made, 0, Math.max(made.size(), 1), made.size())));
    }
}
