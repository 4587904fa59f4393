package coop.relais.catalogue.web;

import coop.relais.catalogue.Catalogue;
import coop.relais.catalogue.OfferView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.SiteSelection;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The member's catalogue of the selected site, phone first: search, category filter, offer detail. */
@Controller
class CatalogueController {

    private final Catalogue catalogue;
    private final SiteDirectory sites;
    private final OfferCards cards;

    CatalogueController(Catalogue catalogue, SiteDirectory sites, OfferCards cards) {
        this.catalogue = catalogue;
        this.sites = sites;
        this.cards = cards;
    }

    /**
     * The full page, or only the results region ({@code #catalogue-results}) for an htmx request, so
     * the search updates as the member types and still works as a plain GET form without JavaScript.
     */
    @GetMapping("/catalogue")
    String catalogue(
            CurrentUser user,
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "category", required = false) String category,
            Locale locale,
            Model model) {
        return catalogue(user, query, category, locale, model, false);
    }

    /** The same, for an htmx swap: the fragment alone (a history restore gets the whole page). */
    @HxRequest
    @GetMapping("/catalogue")
    String catalogueResults(
            CurrentUser user,
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "category", required = false) String category,
            Locale locale,
            Model model) {
        return catalogue(user, query, category, locale, model, true);
    }

    private String catalogue(
            CurrentUser user, String query, String category, Locale locale, Model model, boolean fragment) {
        Optional<SiteView> site = SiteSelection.current(user).flatMap(sites::find);
        model.addAttribute("site", site.orElse(null));
        model.addAttribute("q", CatalogueSearch.clean(query));
        List<Category> categories = List.of();
        List<Group> groups = List.of();
        int count = 0;
        UUID selected = null;
        if (site.isPresent()) {
            List<OfferView> offers = catalogue.visibleOffersAt(user, site.get().id());
            categories = categoriesOf(offers);
            selected = parse(category)
                    .filter(id -> offers.stream().anyMatch(o -> o.categoryId().equals(id)))
                    .orElse(null);
            CatalogueSearch search = CatalogueSearch.of(query);
            UUID chosen = selected;
            List<OfferView> found = offers.stream()
                    .filter(o -> chosen == null || o.categoryId().equals(chosen))
                    .filter(search::matches)
                    .toList();
            groups = group(found, locale);
            count = found.size();
        }
        model.addAttribute("categories", categories);
        model.addAttribute("selectedCategory", selected);
        model.addAttribute("groups", groups);
        model.addAttribute("count", count);
        model.addAttribute(
                "filtered", selected != null || !CatalogueSearch.of(query).isEmpty());
        if (fragment) {
            return "catalogue/catalogue :: results";
        }
        return "catalogue/catalogue";
    }

    /** One offer in detail, with the link to order it; another site's or a hidden offer is 404. */
    @GetMapping("/catalogue/offers/{offerId}")
    String offer(CurrentUser user, @PathVariable UUID offerId, Locale locale, Model model) {
        OfferView offer = catalogue.visibleOffer(user, offerId);
        model.addAttribute("card", cards.card(offer, locale));
        model.addAttribute("offerSite", sites.find(offer.siteId()).orElse(null));
        return "catalogue/offer";
    }

    /** A category of the filter. */
    record Category(UUID id, String name) {}

    /** The offers of one category, in the catalogue's order. */
    record Group(UUID categoryId, String categoryName, List<OfferCard> offers) {}

    private static List<Category> categoriesOf(List<OfferView> offers) {
        Map<UUID, Category> byId = new LinkedHashMap<>();
        offers.forEach(o -> byId.putIfAbsent(o.categoryId(), new Category(o.categoryId(), o.categoryName())));
        return List.copyOf(byId.values());
    }

    private List<Group> group(List<OfferView> offers, Locale locale) {
        Map<UUID, Group> byCategory = new LinkedHashMap<>();
        for (OfferView offer : offers) {
            byCategory
                    .computeIfAbsent(offer.categoryId(), id -> new Group(id, offer.categoryName(), new ArrayList<>()))
                    .offers()
                    .add(cards.card(offer, locale));
        }
        return List.copyOf(byCategory.values());
    }

    private static Optional<UUID> parse(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
