package coop.relais.exchange.web;

import coop.relais.exchange.AdView;
import coop.relais.exchange.Ads;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The SEL's offers and wants through the API: searching them and posting one. Members of the SEL. */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "Local exchange", description = "A site's SEL: members pay each other in time on a mutual-credit ledger")
class AdsApiController {

    private final Ads ads;

    AdsApiController(Ads ads) {
        this.ads = ads;
    }

    @GetMapping("/sels/{id}/ads")
    @Operation(
            summary = "Offers and wants",
            description = "The SEL's open ads, newest first; kind (OFFER, WANT), category and q (words) to narrow.")
    ApiPage<AdView> ads(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String q) {
        List<AdView> found = ads.search(user, id, kind, category, q);
        return ApiPage.of(new ResultPage<>(found, 0, Math.max(found.size(), 1), found.size()));
    }

    @PostMapping("/sels/{id}/ads")
    @Operation(summary = "Post an offer or a want", description = "Members of the SEL.")
    ResponseEntity<AdView> postAd(
            @Parameter(hidden = true) CurrentUser user, @PathVariable UUID id, @RequestBody Ads.NewAd ad) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ads.post(user, id, ad));
    }
}
