package coop.relais.catalogue.web;

import coop.relais.catalogue.Catalogue;
import coop.relais.catalogue.CatalogueWording;
import coop.relais.catalogue.OfferView;
import coop.relais.catalogue.PayerRule;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue for client systems and mobile apps. Amounts and percentages are JSON strings with
 * exactly two decimals ({@code "3.90"}, {@code "20.00"}), so no client reads them as floating point.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalogue", description = "The services each site offers, their prices and who pays")
class CatalogueApiController {

    private final Catalogue catalogue;
    private final SiteDirectory sites;
    private final CatalogueWording wording;

    CatalogueApiController(Catalogue catalogue, SiteDirectory sites, CatalogueWording wording) {
        this.catalogue = catalogue;
        this.sites = sites;
        this.wording = wording;
    }

    @GetMapping("/sites/{siteId}/catalogue")
    @Operation(
            summary = "The site's active offers, grouped by category",
            description = "For people of the site (members, concierges, site managers) and admins; 404 for anyone"
                    + " else. Members do not see à-la-carte offers for client organisations.")
    @ApiResponse(responseCode = "200", description = "The catalogue")
    @ApiResponse(responseCode = "404", description = "No such site, or not yours")
    SiteCatalogue siteCatalogue(CurrentUser user, @PathVariable UUID siteId, Locale locale) {
        List<OfferView> offers = catalogue.visibleOffersAt(user, siteId);
        SiteView site = sites.find(siteId).orElseThrow(() -> new NotFoundException("site"));
        Map<UUID, List<OfferResponse>> byCategory = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (OfferView offer : offers) {
            names.putIfAbsent(offer.categoryId(), offer.categoryName());
            byCategory
                    .computeIfAbsent(offer.categoryId(), id -> new ArrayList<>())
                    .add(response(offer, locale));
        }
        List<CategoryResponse> categories = new ArrayList<>();
        byCategory.forEach((id, list) -> categories.add(new CategoryResponse(id, names.get(id), list)));
        return new SiteCatalogue(site.id(), site.name(), categories);
    }

    @GetMapping("/catalogue/offers/{offerId}")
    @Operation(summary = "One active offer of one of your sites", description = "404 if it is not visible to you.")
    @ApiResponse(responseCode = "200", description = "The offer")
    @ApiResponse(responseCode = "404", description = "No such offer, inactive, or not yours")
    OfferResponse offer(CurrentUser user, @PathVariable UUID offerId, Locale locale) {
        return response(catalogue.visibleOffer(user, offerId), locale);
    }

    @Schema(description = "A site's catalogue: its active offers grouped by category, in display order")
    record SiteCatalogue(UUID siteId, String siteName, List<CategoryResponse> categories) {}

    @Schema(description = "A category and its active offers")
    record CategoryResponse(UUID id, String name, List<OfferResponse> offers) {}

    @Schema(description = "A service offered at a site by a provider; prices include VAT (TTC)")
    record OfferResponse(
            UUID id,
            UUID siteId,
            UUID serviceId,
            String serviceName,
            String description,
            UUID categoryId,
            String categoryName,
            UUID providerId,
            String providerName,

            @Schema(allowableValues = {"PER_UNIT", "FIXED", "ON_QUOTE"})
            String priceModel,

            @Schema(
                    allowableValues = {"ITEM", "KG", "HOUR"},
                    nullable = true,
                    description = "For PER_UNIT only")
            String unit,

            @Schema(
                    type = "string",
                    example = "3.90",
                    nullable = true,
                    description = "Euros, VAT included, two decimals; absent when on quote")
            String price,

            @Schema(example = "3,90 € la pièce", description = "The price in plain words, in the caller's language")
            String priceLabel,

            @Schema(type = "string", example = "20.00", description = "VAT rate in percent, included in the price")
            String vatRate,

            @Schema(example = "2", description = "Working days before the order is ready")
            int leadTimeDays,

            @Schema(description = "Weekdays the service is taken in")
            List<DayOfWeek> daysOffered,

            PayerResponse payer,

            @Schema(description = "An à-la-carte service requested by client organisations (shown to staff only)")
            boolean forOrganisations) {}

    @Schema(description = "Who pays: the employer and the site owner take their shares, the member pays the rest")
    record PayerResponse(
            @Schema(type = "string", example = "50.00") String employerPercent,

            @Schema(
                    type = "string",
                    example = "30.00",
                    nullable = true,
                    description = "Most the employer pays per member and month")
            String employerMonthlyCap,

            @Schema(type = "string", example = "0.00") String siteOwnerPercent,
            @Schema(nullable = true) UUID siteOwnerOrganisationId,
            @Schema(type = "string", example = "50.00") String memberPercent) {}

    private OfferResponse response(OfferView offer, Locale locale) {
        PayerRule rule = offer.payerRule();
        return new OfferResponse(
                offer.id(),
                offer.siteId(),
                offer.serviceId(),
                offer.serviceName(),
                offer.description(),
                offer.categoryId(),
                offer.categoryName(),
                offer.providerId(),
                offer.providerName(),
                offer.priceModel().name(),
                offer.unit() == null ? null : offer.unit().name(),
                amount(offer.price()),
                wording.price(offer, locale),
                decimal(offer.vatRate()),
                offer.leadTimeDays(),
                offer.daysOffered().stream().sorted().toList(),
                new PayerResponse(
                        decimal(rule.employerPercent()),
                        amount(rule.employerMonthlyCap()),
                        decimal(rule.siteOwnerPercent()),
                        rule.siteOwnerOrganisationId(),
                        decimal(rule.memberPercent())),
                offer.forOrganisations());
    }

    private static String amount(Money money) {
        return money == null ? null : money.amount().toPlainString();
    }

    private static String decimal(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
