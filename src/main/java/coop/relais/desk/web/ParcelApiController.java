package coop.relais.desk.web;

import coop.relais.desk.MemberParcelView;
import coop.relais.desk.MyParcels;
import coop.relais.desk.ParcelManagement;
import coop.relais.desk.ParcelRecipients;
import coop.relais.desk.ParcelStatus;
import coop.relais.desk.ParcelView;
import coop.relais.desk.RecipientView;
import coop.relais.desk.RegisterParcel;
import coop.relais.desk.web.ApiModels.CollectBody;
import coop.relais.desk.web.ApiModels.RegisterParcelBody;
import coop.relais.desk.web.ApiModels.ReturnBody;
import coop.relais.shared.DomainException;
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
@Tag(name = "Desk: parcels", description = "Parcels and mail received at the desk for members")
class ParcelApiController {

    private final ParcelManagement parcels;
    private final ParcelRecipients recipients;
    private final MyParcels myParcels;

    ParcelApiController(ParcelManagement parcels, ParcelRecipients recipients, MyParcels myParcels) {
        this.myParcels = myParcels;
        this.parcels = parcels;
        this.recipients = recipients;
    }

    @PostMapping("/api/v1/desk/parcels")
    @Operation(
            summary = "Register a parcel received for a member",
            description =
                    "The member is notified at once (e-mail and notice) with a one-time pickup code. "
                            + "A tracking number already received today at the site answers 409 unless confirmDuplicate is true.")
    ResponseEntity<ParcelView> register(
            @Parameter(hidden = true) CurrentUser user, @Valid @RequestBody RegisterParcelBody body) {
        ParcelView parcel = parcels.register(
                user,
                new RegisterParcel(
                        body.siteId(),
                        body.recipientId(),
                        body.carrier(),
                        body.trackingNumber(),
                        body.size(),
                        body.shelf(),
                        Boolean.TRUE.equals(body.confirmDuplicate())));
        return ResponseEntity.created(URI.create("/api/v1/desk/parcels/" + parcel.id()))
                .body(parcel);
    }

    @GetMapping("/api/v1/desk/parcels")
    @Operation(summary = "List the parcels of a site where you work, most recent first, optionally by status")
    ApiPage<ParcelView> list(
            @Parameter(hidden = true) CurrentUser user,
            @RequestParam UUID siteId,
            @RequestParam(required = false) ParcelStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return ApiPage.of(parcels.list(user, siteId, status, page, size));
    }

    @GetMapping("/api/v1/desk/parcels/search")
    @Operation(summary = "Find waiting parcels by pickup code, tracking number or recipient's name")
    List<ParcelView> search(
            @Parameter(hidden = true) CurrentUser user, @RequestParam UUID siteId, @RequestParam String q) {
        return parcels.searchWaiting(user, siteId, q);
    }

    @GetMapping("/api/v1/desk/parcels/{id}")
    @Operation(summary = "One parcel (never with its pickup code)")
    ParcelView get(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return parcels.get(user, id);
    }

    @PostMapping("/api/v1/desk/parcels/{id}/collect")
    @Operation(
            summary = "Hand a parcel over",
            description = "Either with the pickup code (pickupCode; three wrong codes lock it), or on an ID check "
                    + "(idChecked true and collectorName: the member or a proxy the member allowed).")
    ParcelView collect(
            @Parameter(hidden = true) CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CollectBody body) {
        if (body.pickupCode() != null && !body.pickupCode().isBlank()) {
            return parcels.collectWithCode(user, id, body.pickupCode(), body.collectorName());
        }
        if (Boolean.TRUE.equals(body.idChecked())) {
            return parcels.collectWithId(user, id, body.collectorName());
        }
        throw DomainException.invalid("desk.parcel.collect.how");
    }

    @PostMapping("/api/v1/desk/parcels/{id}/return")
    @Operation(summary = "Record that a parcel went back to the carrier or the sender")
    ParcelView markReturned(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) ReturnBody body) {
        return parcels.markReturned(user, id, body == null ? null : body.note());
    }

    @GetMapping("/api/v1/desk/recipients")
    @Operation(summary = "Find members of a site by name, e-mail, phone or company, to register a parcel for them")
    List<RecipientView> recipients(
            @Parameter(hidden = true) CurrentUser user, @RequestParam UUID siteId, @RequestParam String q) {
        return recipients.searchRecipients(user, siteId, q);
    }

    @GetMapping("/api/v1/me/parcels")
    @Tag(name = "Me")
    @Operation(summary = "Your parcels waiting at the desk, with their pickup codes")
    List<MemberParcelView> mine(@Parameter(hidden = true) CurrentUser user) {
        return myParcels.myWaitingParcels(user);
    }
}
