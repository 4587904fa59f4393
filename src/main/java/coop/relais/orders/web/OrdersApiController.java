package coop.relais.orders.web;

import coop.relais.catalogue.PriceModel;
import coop.relais.catalogue.PriceUnit;
import coop.relais.orders.ActionInput;
import coop.relais.orders.OrderAction;
import coop.relais.orders.OrderLine;
import coop.relais.orders.OrderManagement;
import coop.relais.orders.OrderStatus;
import coop.relais.orders.OrderView;
import coop.relais.orders.PlaceOrder;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.paging.ApiPage;
import coop.relais.shared.paging.Cursor;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The orders API, scoped like the pages: out-of-scope ids answer 404, refused actions 409. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Orders", description = "Orders from request to pickup, and the provider's jobs")
class OrdersApiController {

    private final OrderManagement orders;

    OrdersApiController(OrderManagement orders) {
        this.orders = orders;
    }

    record PlaceOrderRequest(
            @NotNull UUID offerId,
            @NotNull @Min(1) @Max(999) Integer quantity,
            @Size(max = 1000) String note,
            UUID memberId) {}

    record ActionRequest(
            UUID providerId,
            @Size(max = 1000) String reason,
            @DecimalMin("0.01") @DecimalMax("100000.00") BigDecimal amount,
            @Size(max = 20) String pickupCode,
            Boolean idChecked,
            @Size(max = 200) String collectorName) {

        ActionInput input() {
            return new ActionInput(
                    providerId,
                    reason,
                    amount == null ? null : Money.of(amount),
                    pickupCode,
                    Boolean.TRUE.equals(idChecked),
                    collectorName);
        }
    }

    record LineResponse(
            String description,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            BigDecimal vatRate,
            BigDecimal memberAmount,
            BigDecimal employerAmount,
            UUID employerId,
            BigDecimal siteOwnerAmount,
            UUID siteOwnerId) {

        static LineResponse of(OrderLine line) {
            return new LineResponse(
                    line.description(),
                    line.quantity(),
                    line.unitPrice().amount(),
                    line.amount().amount(),
                    line.vatRate(),
                    line.memberAmount().amount(),
                    line.employerAmount().amount(),
                    line.employerId(),
                    line.siteOwnerAmount().amount(),
                    line.siteOwnerId());
        }
    }

    record StepResponse(
            int seq,
            String action,
            OrderStatus from,
            OrderStatus to,
            String actorName,
            String actorRole,
            Instant at,
            String note) {}

    /** An order; {@code pickupCode} is only ever sent to the member, while the order is ready. */
    record OrderResponse(
            UUID id,
            String reference,
            OrderStatus status,
            UUID siteId,
            String siteName,
            UUID memberId,
            String memberName,
            UUID offerId,
            String serviceName,
            PriceModel priceModel,
            PriceUnit unit,
            BigDecimal unitPrice,
            UUID providerId,
            String providerName,
            boolean providerAccepted,
            int quantity,
            String note,
            BigDecimal quoteAmount,
            BigDecimal totalAmount,
            BigDecimal memberAmount,
            LocalDate dueOn,
            boolean late,
            Instant placedAt,
            Instant updatedAt,
            String pickupCode,
            boolean pickupLocked,
            String handover,
            String collectedBy,
            List<LineResponse> lines,
            List<StepResponse> timeline,
            List<String> actions) {

        static OrderResponse of(OrderView o) {
            return new OrderResponse(
                    o.id(),
                    o.reference(),
                    o.status(),
                    o.siteId(),
                    o.siteName(),
                    o.memberId(),
                    o.memberName(),
                    o.offerId(),
                    o.serviceName(),
                    o.priceModel(),
                    o.unit(),
                    amount(o.unitPrice()),
                    o.providerId(),
                    o.providerName(),
                    o.providerAccepted(),
                    o.quantity(),
                    o.note(),
                    amount(o.quoteAmount()),
                    amount(o.totalAmount()),
                    amount(o.memberAmount()),
                    o.dueOn(),
                    o.late(),
                    o.placedAt(),
                    o.updatedAt(),
                    o.pickupCode(),
                    o.pickupLocked(),
                    o.handover(),
                    o.collectedBy(),
                    o.lines().stream().map(LineResponse::of).toList(),
                    o.timeline().stream()
                            .map(t -> new StepResponse(
                                    t.seq(),
                                    t.action(),
                                    t.from(),
                                    t.to(),
                                    t.actorName(),
                                    t.actorRole(),
                                    t.at(),
                                    t.note()))
                            .toList(),
                    o.actions().stream().map(OrderAction::slug).sorted().toList());
        }

        private static BigDecimal amount(Money money) {
            return money == null ? null : money.amount();
        }
    }

    @PostMapping("/orders")
    @Operation(
            summary = "Place an order",
            description = "A member orders for themselves; desk staff give memberId to order for a member of their "
                    + "site. With an Idempotency-Key, a retried request answers with the same order (200) instead of "
                    + "making a second one; the same key with a different request answers 409.")
    ResponseEntity<OrderResponse> place(
            CurrentUser user,
            @Parameter(description = "Any unique string of 1 to 200 visible characters, per request")
                    @RequestHeader(value = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @Valid @RequestBody PlaceOrderRequest request) {
        var placed = orders.place(
                user,
                new PlaceOrder(request.offerId(), request.quantity(), request.note(), request.memberId()),
                idempotencyKey);
        OrderResponse body = OrderResponse.of(placed.order());
        return ResponseEntity.status(placed.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/orders/" + body.id()))
                .header("Idempotent-Replayed", String.valueOf(placed.replayed()))
                .body(body);
    }

    @GetMapping("/orders/{id}")
    @Operation(summary = "An order with its lines and timeline")
    OrderResponse order(CurrentUser user, @PathVariable UUID id) {
        return OrderResponse.of(orders.find(user, id));
    }

    @GetMapping("/orders")
    @Operation(
            summary = "Orders the caller may see",
            description = "A member's own orders, the orders of the sites where the caller works, the jobs of their "
                    + "provider organisation; newest first, at most 100 a page. Follow `next` for the following "
                    + "page (it carries `after`, an opaque position); there is no `next` on the last page.")
    ApiPage<OrderResponse> list(
            CurrentUser user,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) UUID siteId,
            @Parameter(description = "where the page starts: the `after` of the previous page's `next` link")
                    @RequestParam(required = false)
                    String after,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return ApiPage.of(
                orders.search(user, status, siteId, Cursor.parse(after), size),
                OrderResponse::of,
                token -> UriComponentsBuilder.fromPath("/api/v1/orders")
                        .queryParamIfPresent("status", Optional.ofNullable(status))
                        .queryParamIfPresent("siteId", Optional.ofNullable(siteId))
                        .queryParam("size", size)
                        .queryParam("after", token)
                        .build()
                        .toUriString());
    }

    @PostMapping("/orders/{id}/{action}")
    @Operation(
            summary = "Take an action on an order",
            description = "accept, dispatch (providerId), start, ready, deliver (pickupCode, or idChecked and "
                    + "collectorName), complete, cancel (reason), decline (reason), incident (reason), quote (amount, "
                    + "reason as a note), accept-quote, refuse-quote. An action not possible now answers 409 with the "
                    + "reason; a wrong pickup code answers 400 and counts as one of 5 tries.")
    OrderResponse act(
            CurrentUser user,
            @PathVariable UUID id,
            @PathVariable String action,
            @Valid @RequestBody(required = false) ActionRequest request) {
        OrderAction chosen = OrderAction.fromSlug(action).orElseThrow(() -> new NotFoundException("action"));
        return OrderResponse.of(orders.act(user, id, chosen, request == null ? ActionInput.NONE : request.input()));
    }

    @GetMapping("/provider/jobs")
    @Operation(summary = "The jobs of the caller's provider organisation")
    List<OrderResponse> jobs(CurrentUser user, @RequestParam(required = false) OrderStatus status) {
        return orders.providerJobs(user, status).stream().map(OrderResponse::of).toList();
    }
}
