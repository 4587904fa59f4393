package coop.relais.catalogue.web;

import coop.relais.catalogue.CatalogueWording;
import coop.relais.catalogue.OfferView;
import coop.relais.catalogue.PersonalServiceActivity;
import coop.relais.catalogue.internal.CatalogueEditing;
import coop.relais.catalogue.internal.CatalogueRuleException;
import coop.relais.catalogue.internal.Category;
import coop.relais.catalogue.internal.SiteService;
import coop.relais.catalogue.internal.Violation;
import coop.relais.catalogue.web.EditorForms.CategoryForm;
import coop.relais.catalogue.web.EditorForms.ServiceForm;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.SiteSelection;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The site manager's catalogue editor: categories and services of one site (offers:
 * {@link OfferEditorController}). The site is in
 * the URL, and {@link CatalogueEditing} checks on every request that the user manages it.
 */
@Controller
@RequestMapping("/manage/catalogue")
class CatalogueEditorController {

    private static final String OVERVIEW = "catalogue/manage";
    private static final String SERVICE = "catalogue/manage-service";

    private final CatalogueEditing editing;
    private final SiteDirectory sites;
    private final CatalogueWording wording;
    private final MessageSource messages;

    CatalogueEditorController(
            CatalogueEditing editing, SiteDirectory sites, CatalogueWording wording, MessageSource messages) {
        this.editing = editing;
        this.sites = sites;
        this.wording = wording;
        this.messages = messages;
    }

    /** The editor of the selected site if the user manages it, else the list of sites they manage. */
    @GetMapping
    String start(CurrentUser user, Model model) {
        var selected = SiteSelection.current(user).filter(user::manages);
        if (selected.isPresent()) {
            return "redirect:/manage/catalogue/" + selected.get();
        }
        List<SiteView> managed = sites.visibleSites(user).stream()
                .filter(site -> user.manages(site.id()))
                .toList();
        if (managed.isEmpty() && !user.isAdmin()) {
            if (!user.staffSites().isEmpty()) {
                throw new AccessDeniedException("Only site managers edit the catalogue");
            }
            throw new NotFoundException("site");
        }
        if (managed.size() == 1) {
            return "redirect:/manage/catalogue/" + managed.get(0).id();
        }
        model.addAttribute("managedSites", managed);
        return "catalogue/manage-sites";
    }

    @GetMapping("/{siteId}")
    String overview(CurrentUser user, @PathVariable UUID siteId, Locale locale, Model model) {
        editing.managedSite(user, siteId);
        model.addAttribute("categoryForm", CategoryForm.empty());
        return overviewPage(user, siteId, locale, model);
    }

    // Categories -------------------------------------------------------------------------------

    @PostMapping("/{siteId}/categories")
    String createCategory(
            CurrentUser user,
            @PathVariable UUID siteId,
            @Valid @ModelAttribute("categoryForm") CategoryForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        editing.managedSite(user, siteId);
        if (!result.hasErrors()) {
            try {
                editing.createCategory(user, siteId, form.name());
                Flash.success(
                        redirect,
                        "catalogue.editor.category.created",
                        form.name().strip());
                return "redirect:/manage/catalogue/" + siteId + "#categories";
            } catch (CatalogueRuleException e) {
                FormReader.reject(result, e.violations());
            }
        }
        return overviewPage(user, siteId, locale, model);
    }

    @PostMapping("/{siteId}/categories/{categoryId}/rename")
    String renameCategory(
            CurrentUser user,
            @PathVariable UUID siteId,
            @PathVariable UUID categoryId,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        try {
            editing.renameCategory(user, siteId, categoryId, name);
            Flash.success(redirect, "catalogue.editor.category.renamed", name.strip());
        } catch (CatalogueRuleException e) {
            Violation first = e.violations().get(0);
            Flash.error(redirect, first.messageKey(), first.arguments());
        }
        return "redirect:/manage/catalogue/" + siteId + "#categories";
    }

    @PostMapping("/{siteId}/categories/{categoryId}/move")
    String moveCategory(
            CurrentUser user,
            @PathVariable UUID siteId,
            @PathVariable UUID categoryId,
            @RequestParam(defaultValue = "up") String direction,
            RedirectAttributes redirect) {
        editing.moveCategory(user, siteId, categoryId, !"down".equals(direction));
        Flash.success(redirect, "catalogue.editor.category.moved");
        return "redirect:/manage/catalogue/" + siteId + "#categories";
    }

    @PostMapping("/{siteId}/categories/{categoryId}/active")
    String activateCategory(
            CurrentUser user,
            @PathVariable UUID siteId,
            @PathVariable UUID categoryId,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        editing.setCategoryActive(user, siteId, categoryId, active);
        Flash.success(
                redirect, active ? "catalogue.editor.category.activated" : "catalogue.editor.category.deactivated");
        return "redirect:/manage/catalogue/" + siteId + "#categories";
    }

    // Services ---------------------------------------------------------------------------------

    @GetMapping("/{siteId}/services/new")
    String newService(
            CurrentUser user,
            @PathVariable UUID siteId,
            @RequestParam(required = false) String categoryId,
            Model model) {
        model.addAttribute("serviceForm", ServiceForm.empty(categoryId));
        return servicePage(user, siteId, null, model);
    }

    @PostMapping("/{siteId}/services")
    String createService(
            CurrentUser user,
            @PathVariable UUID siteId,
            @Valid @ModelAttribute("serviceForm") ServiceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        editing.managedSite(user, siteId);
        SiteService.Draft draft = form.draft(result);
        if (!result.hasErrors()) {
            try {
                UUID serviceId = editing.createService(user, siteId, draft);
                Flash.success(
                        redirect,
                        "catalogue.editor.service.created",
                        draft.name().strip());
                return "redirect:/manage/catalogue/" + siteId + "/offers/new?serviceId=" + serviceId;
            } catch (CatalogueRuleException e) {
                FormReader.reject(result, e.violations());
            }
        }
        return servicePage(user, siteId, null, model);
    }

    @GetMapping("/{siteId}/services/{serviceId}")
    String editService(CurrentUser user, @PathVariable UUID siteId, @PathVariable UUID serviceId, Model model) {
        SiteService service = editing.service(user, siteId, serviceId);
        model.addAttribute(
                "serviceForm",
                new ServiceForm(
                        service.name(),
                        service.description(),
                        service.categoryId().toString(),
                        service.forOrganisations(),
                        service.personalService() == null
                                ? ""
                                : service.personalService().name(),
                        service.active()));
        return servicePage(user, siteId, serviceId, model);
    }

    @PostMapping("/{siteId}/services/{serviceId}")
    String updateService(
            CurrentUser user,
            @PathVariable UUID siteId,
            @PathVariable UUID serviceId,
            @Valid @ModelAttribute("serviceForm") ServiceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        editing.service(user, siteId, serviceId);
        SiteService.Draft draft = form.draft(result);
        if (!result.hasErrors()) {
            try {
                editing.updateService(user, siteId, serviceId, draft);
                Flash.success(
                        redirect, "catalogue.editor.service.saved", draft.name().strip());
                return "redirect:/manage/catalogue/" + siteId + "#services";
            } catch (CatalogueRuleException e) {
                FormReader.reject(result, e.violations());
            }
        }
        return servicePage(user, siteId, serviceId, model);
    }

    // Pages ------------------------------------------------------------------------------------

    /** One row of the offers table. */
    record OfferRow(OfferView offer, String price, String vat, String leadTime, String days, String payer) {}

    private String overviewPage(CurrentUser user, UUID siteId, Locale locale, Model model) {
        SiteView site = editing.managedSite(user, siteId);
        List<Category> categories = editing.categories(user, siteId);
        Map<UUID, String> categoryNames = categories.stream().collect(Collectors.toMap(Category::id, Category::name));
        List<OfferView> offers = editing.offers(user, siteId);
        Map<UUID, Long> offersPerService =
                offers.stream().collect(Collectors.groupingBy(OfferView::serviceId, Collectors.counting()));
        model.addAttribute("site", site);
        model.addAttribute("categories", categories);
        model.addAttribute("categoryNames", categoryNames);
        model.addAttribute("services", editing.services(user, siteId));
        model.addAttribute("offersPerService", offersPerService);
        model.addAttribute(
                "offers",
                offers.stream()
                        .map(offer -> new OfferRow(
                                offer,
                                wording.price(offer, locale),
                                wording.percent(offer.vatRate(), locale) + " %",
                                wording.leadTime(offer.leadTimeDays(), locale),
                                wording.days(offer.daysOffered(), locale),
                                payerSummary(offer, locale)))
                        .toList());
        return OVERVIEW;
    }

    private String payerSummary(OfferView offer, Locale locale) {
        var rule = offer.payerRule();
        List<String> parts = new ArrayList<>();
        if (rule.employerPercent().signum() > 0) {
            parts.add(wording.percent(rule.employerPercent(), locale) + " % "
                    + text("catalogue.editor.payer.employerShort", locale));
        }
        if (rule.siteOwnerPercent().signum() > 0) {
            parts.add(wording.percent(rule.siteOwnerPercent(), locale) + " % "
                    + text("catalogue.editor.payer.siteOwnerShort", locale));
        }
        parts.add(wording.percent(rule.memberPercent(), locale) + " % "
                + text("catalogue.editor.payer.memberShort", locale));
        return String.join(" · ", parts);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String servicePage(CurrentUser user, UUID siteId, UUID serviceId, Model model) {
        model.addAttribute("site", editing.managedSite(user, siteId));
        model.addAttribute("categories", editing.categories(user, siteId));
        model.addAttribute("serviceId", serviceId);
        model.addAttribute("activities", PersonalServiceActivity.values());
        return SERVICE;
    }
}
