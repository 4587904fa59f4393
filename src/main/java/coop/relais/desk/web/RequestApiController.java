package coop.relais.desk.web;

import coop.relais.desk.FileRequest;
import coop.relais.desk.RequestManagement;
import coop.relais.desk.RequestStatus;
import coop.relais.desk.RequestView;
import coop.relais.desk.web.ApiModels.CompleteBody;
import coop.relais.desk.web.ApiModels.FileRequestBody;
import coop.relais.desk.web.ApiModels.OfferJson;
import coop.relais.desk.web.ApiModels.RequestJson;
import coop.relais.shared.paging.ApiPage;
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
@Tag(name = "Desk: à-la-carte requests", description = "Requests of client organisations, done at the desk")
class RequestApiController {

    private final RequestManagement requests;

    RequestApiController(RequestManagement requests) {
        this.requests = requests;
    }

    @GetMapping("/api/v1/desk/requests/offers")
    @Operation(summary = "The à-la-carte services your organisation may request")
    List<OfferJson> offers(@Parameter(hidden = true) CurrentUser user, @RequestParam UUID organisationId) {
        return requests.requestableOffers(user, organisationId).stream()
                .map(o -> new OfferJson(
                        o.offerId(),
                        o.siteId(),
                        o.siteName(),
                        o.serviceName(),
                        o.description(),
                        ApiModels.euros(o.price()),
                        o.vatRate()))
                .toList();
    }

    @PostMapping("/api/v1/desk/requests")
    @Operation(summary = "File a request for your organisation (client admins)")
    ResponseEntity<RequestJson> file(
            @Parameter(hidden = true) CurrentUser user, @Valid @RequestBody FileRequestBody body) {
        RequestView request = requests.file(
                user,
                new FileRequest(
                        body.organisationId(),
                        body.offerId(),
                        body.quantity() == null ? 1 : body.quantity(),
                        body.beneficiary(),
                        body.location(),
                        body.itemNumber(),
                        body.details()));
        return ResponseEntity.created(URI.create("/api/v1/desk/requests/" + request.id()))
                .body(RequestJson.of(request));
    }

    @GetMapping("/api/v1/desk/requests")
    @Operation(
            summary = "List requests",
            description = "Desk staff: the requests of a site where they work (siteId). Client admins: their "
                    + "organisations' requests only. Submitted ones first, oldest first.")
    ApiPage<RequestJson> list(
            @Parameter(hidden = true) CurrentUser user,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return ApiPage.of(requests.search(user, siteId, status, page, size), RequestJson::of);
    }

    @GetMapping("/api/v1/desk/requests/{id}")
    @Operation(summary = "One request")
    RequestJson get(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return RequestJson.of(requests.get(user, id));
    }

    @PostMapping("/api/v1/desk/requests/{id}/complete")
    @Operation(
            summary = "Mark a request done, with a note (desk staff)",
            description = "Raises RequestCompleted with the amount to bill to the organisation.")
    RequestJson complete(
            @Parameter(hidden = true) CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CompleteBody body) {
        return RequestJson.of(requests.complete(user, id, body.note()));
    }

    @PostMapping("/api/v1/desk/requests/{id}/cancel")
    @Operation(summary = "Withdraw a request not done yet (client admins)")
    RequestJson cancel(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return RequestJson.of(requests.cancel(user, id));
    }
}
