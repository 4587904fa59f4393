package coop.relais.billing.web;

import coop.relais.billing.AccountView;
import coop.relais.billing.BillingAccounts;
import coop.relais.billing.CheckoutView;
import coop.relais.billing.DeskPayments;
import coop.relais.billing.OnlinePayments;
import coop.relais.billing.TakePayment;
import coop.relais.billing.TaxCertificates;
import coop.relais.billing.internal.GatewayUnavailableException;
import coop.relais.billing.internal.InvalidWebhookException;
import coop.relais.billing.web.BillingJson.AccountJson;
import coop.relais.billing.web.BillingJson.CheckoutJson;
import coop.relais.billing.web.BillingJson.CheckoutRequest;
import coop.relais.billing.web.BillingJson.PaymentJson;
import coop.relais.billing.web.BillingJson.PaymentRequest;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/billing")
@Tag(name = "Billing: accounts and payments", description = "Members' and organisations' tabs, payments at the desk")
class BillingApiController {

    private final BillingAccounts accounts;
    private final DeskPayments payments;
    private final OnlinePayments online;
    private final MessageSource messages;
    private final TaxCertificates certificates;

    BillingApiController(
            BillingAccounts accounts,
            DeskPayments payments,
            OnlinePayments online,
            MessageSource messages,
            TaxCertificates certificates) {
        this.accounts = accounts;
        this.payments = payments;
        this.online = online;
        this.messages = messages;
        this.certificates = certificates;
    }

    @GetMapping("/tax-certificates/{year}")
    @Operation(
            summary = "Your yearly tax certificate (attestation fiscale)",
            description = "What you paid in that year for personal services, prefinanced CESU shown apart: a PDF,"
                    + " available from 1 January of the next year, the same file at every download. 409 when the"
                    + " year is not over or nothing was paid for personal services that year.")
    ResponseEntity<byte[]> taxCertificate(@Parameter(hidden = true) CurrentUser user, @PathVariable int year) {
        return InvoiceApiController.file(
                certificates.pdf(user, year), MediaType.APPLICATION_PDF, "attestation-fiscale-" + year + ".pdf");
    }

    @GetMapping("/accounts/me")
    @Operation(
            summary = "Your own account (ardoise)",
            description =
                    "The balance (above zero: what you owe) and the newest 50 lines; follow `next` for older ones.")
    AccountJson mine(
            @Parameter(hidden = true) CurrentUser user,
            @Parameter(description = "read the lines before this number (from the previous page's `next`)")
                    @RequestParam(required = false)
                    Long before) {
        AccountView account = accounts.mine(user, position(before));
        return AccountJson.of(account, "/api/v1/billing/accounts/me?before=" + account.olderFrom());
    }

    @GetMapping("/accounts")
    @Operation(
            summary = "An organisation's account",
            description = "For the organisation's client admins, the desk staff of its sites and admins.")
    AccountJson ofOrganisation(
            @Parameter(hidden = true) CurrentUser user,
            @RequestParam UUID organisationId,
            @RequestParam(required = false) Long before) {
        AccountView account = accounts.ofOrganisation(user, organisationId, position(before));
        return AccountJson.of(
                account,
                "/api/v1/billing/accounts?organisationId=" + organisationId + "&before=" + account.olderFrom());
    }

    @GetMapping("/accounts/{id}")
    @Operation(summary = "An account by its id, for whoever may read it")
    AccountJson account(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) Long before) {
        AccountView account = accounts.find(user, id, position(before));
        return AccountJson.of(account, "/api/v1/billing/accounts/" + id + "?before=" + account.olderFrom());
    }

    @PostMapping("/payments")
    @Operation(
            summary = "Take a payment at the desk",
            description = "Desk staff of a site where the holder is. CASH needs the desk open (it is written in the "
                    + "desk journal). At most what is owed. The Idempotency-Key is required: the same key sent again "
                    + "answers with the payment already taken (header Idempotent-Replayed: true) and records nothing; "
                    + "the same key with a different request answers 409.")
    ResponseEntity<PaymentJson> take(
            @Parameter(hidden = true) CurrentUser user,
            @Parameter(description = "A unique string of 1 to 200 visible characters per payment", required = true)
                    @RequestHeader(value = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @Valid @RequestBody PaymentRequest request) {
        if (idempotencyKey == null) {
            throw DomainException.invalid("billing.payment.idempotencyKey");
        }
        DeskPayments.Taken taken = payments.take(
                user,
                new TakePayment(request.accountId(), request.siteId(), request.amount(), request.method()),
                idempotencyKey);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(
                        URI.create("/api/v1/billing/payments/" + taken.payment().id()))
                .header("Idempotent-Replayed", String.valueOf(taken.replayed()))
                .body(PaymentJson.of(taken.payment()));
    }

    @GetMapping("/payments/{id}")
    @Operation(summary = "A payment taken at the desk (its receipt)")
    PaymentJson payment(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return PaymentJson.of(payments.payment(user, id));
    }

    @PostMapping("/checkout")
    @Operation(
            summary = "Open an online checkout for what your account owes",
            description = "For the holder: the member, or a client admin of the organisation. Send the person to "
                    + "`checkoutUrl`; the account is credited only when the payment provider's signed webhook says "
                    + "it is paid.")
    CheckoutJson checkout(@Parameter(hidden = true) CurrentUser user, @Valid @RequestBody CheckoutRequest request) {
        CheckoutView checkout = online.open(user, request.accountId());
        return new CheckoutJson(checkout.id(), checkout.sessionId(), checkout.checkoutUrl());
    }

    @PostMapping("/webhooks/{gateway}")
    @Operation(
            summary = "Payment provider's webhook",
            description = "The raw body as sent, with its signature header (Stripe-Signature for stripe, "
                    + "Relais-Signature for the demo provider). 200 once applied or if already applied; 400 when "
                    + "the signature is wrong or too old (nothing is applied).")
    Map<String, Object> webhook(@PathVariable String gateway, @RequestBody String payload, HttpServletRequest request) {
        boolean applied = online.receive(gateway, payload, request.getHeader(online.signatureHeader()));
        return Map.of("received", true, "applied", applied);
    }

    @ExceptionHandler(InvalidWebhookException.class)
    ProblemDetail invalidWebhook(InvalidWebhookException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("billing.webhook.invalid", null, locale));
        problem.setTitle(messages.getMessage("billing.webhook.invalidTitle", null, locale));
        return problem;
    }

    @ExceptionHandler(GatewayUnavailableException.class)
    ProblemDetail gatewayUnavailable(GatewayUnavailableException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("billing.gateway.unavailable", null, locale));
        problem.setTitle(messages.getMessage("billing.gateway.unavailableTitle", null, locale));
        return problem;
    }

    private static Long position(Long before) {
        if (before != null && before < 1) {
            throw DomainException.invalid("billing.account.before.invalid");
        }
        return before;
    }
}
