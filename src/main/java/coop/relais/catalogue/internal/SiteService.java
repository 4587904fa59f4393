package coop.relais.catalogue.internal;

import coop.relais.catalogue.PersonalServiceActivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A service of a site's catalogue (« Pressing — chemise »), in a category; providers offer it through
 * offers. A service for organisations is an à-la-carte service that client organisations request
 * (e.g. badge activation) and members do not see. A service declared as a personal service (« service à
 * la personne ») names its activity: it then counts on members' tax certificates and may be paid by
 * CESU.
 */
public final class SiteService {

    static final int NAME_MAX = 160;
    static final int DESCRIPTION_MAX = 1000;

    private final UUID id;
    private final UUID siteId;
    private UUID categoryId;
    private String name;
    private String description;
    private boolean forOrganisations;
    private PersonalServiceActivity personalService;
    private boolean active;

    SiteService(
            UUID id,
            UUID siteId,
            UUID categoryId,
            String name,
            String description,
            boolean forOrganisations,
            PersonalServiceActivity personalService,
            boolean active) {
        this.id = Objects.requireNonNull(id);
        this.siteId = Objects.requireNonNull(siteId);
        this.categoryId = categoryId;
        this.name = name;
        this.description = description;
        this.forOrganisations = forOrganisations;
        this.personalService = personalService;
        this.active = active;
    }

    /**
     * What a site manager enters for a service.
     *
     * @param categoryId one of the site's categories
     * @param personalService the personal-service activity it is declared as, or null
     */
    public record Draft(
            String name,
            String description,
            UUID categoryId,
            boolean forOrganisations,
            PersonalServiceActivity personalService,
            boolean active) {}

    /**
     * @param categoriesOfSite the ids of the site's categories
     * @param namesTaken the names (lower case) of the site's other services
     */
    static SiteService create(UUID siteId, Draft draft, Set<UUID> categoriesOfSite, Set<String> namesTaken) {
        SiteService service = new SiteService(UUID.randomUUID(), siteId, null, null, null, false, null, true);
        service.revise(draft, categoriesOfSite, namesTaken);
        return service;
    }

    void revise(Draft draft, Set<UUID> categoriesOfSite, Set<String> namesTaken) {
        List<Violation> violations = new ArrayList<>();
        String checkedName = Names.name(draft.name(), "name", NAME_MAX, violations);
        if (!checkedName.isEmpty() && namesTaken.contains(checkedName.toLowerCase(java.util.Locale.ROOT))) {
            violations.add(new Violation("name", "catalogue.service.name.taken", checkedName));
        }
        String checkedDescription = Names.text(draft.description(), "description", DESCRIPTION_MAX, violations);
        if (draft.categoryId() == null) {
            violations.add(new Violation("categoryId", "catalogue.service.category.required"));
        } else if (!categoriesOfSite.contains(draft.categoryId())) {
            violations.add(new Violation("categoryId", "catalogue.service.category.unknown"));
        }
        if (draft.forOrganisations() && draft.personalService() != null) {
            violations.add(new Violation("personalService", "catalogue.service.personalService.notForOrganisations"));
        }
        CatalogueRuleException.throwIfAny(violations);
        this.name = checkedName;
        this.description = checkedDescription;
        this.categoryId = draft.categoryId();
        this.forOrganisations = draft.forOrganisations();
        this.personalService = draft.personalService();
        this.active = draft.active();
    }

    public UUID id() {
        return id;
    }

    public UUID siteId() {
        return siteId;
    }

    public UUID categoryId() {
        return categoryId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean forOrganisations() {
        return forOrganisations;
    }

    /** The personal-service activity the service is declared as, or null. */
    public PersonalServiceActivity personalService() {
        return personalService;
    }

    public boolean active() {
        return active;
    }
}
