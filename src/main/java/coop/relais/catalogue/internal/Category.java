package coop.relais.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A category of a site's catalogue (« Entretien du linge »): a name, a place in the list, active or not. */
public final class Category {

    static final int NAME_MAX = 120;

    private final UUID id;
    private final UUID siteId;
    private String name;
    private int position;
    private boolean active;

    Category(UUID id, UUID siteId, String name, int position, boolean active) {
        this.id = Objects.requireNonNull(id);
        this.siteId = Objects.requireNonNull(siteId);
        this.name = name;
        this.position = position;
        this.active = active;
    }

    /** A new active category at the end of the list; the name must not be taken on the site. */
    static Category create(UUID siteId, String name, List<Category> existing) {
        List<Violation> violations = new ArrayList<>();
        String checked = checkName(name, null, existing, violations);
        CatalogueRuleException.throwIfAny(violations);
        int position = existing.stream().mapToInt(Category::position).max().orElse(-1) + 1;
        return new Category(UUID.randomUUID(), siteId, checked, position, true);
    }

    void rename(String newName, List<Category> existing) {
        List<Violation> violations = new ArrayList<>();
        String checked = checkName(newName, id, existing, violations);
        CatalogueRuleException.throwIfAny(violations);
        this.name = checked;
    }

    void activate(boolean active) {
        this.active = active;
    }

    void placeAt(int position) {
        this.position = position;
    }

    private static String checkName(String name, UUID self, List<Category> existing, List<Violation> violations) {
        String checked = Names.name(name, "name", NAME_MAX, violations);
        if (violations.isEmpty()
                && existing.stream().anyMatch(c -> !c.id.equals(self) && c.name.equalsIgnoreCase(checked))) {
            violations.add(new Violation("name", "catalogue.category.name.taken", checked));
        }
        return checked;
    }

    public UUID id() {
        return id;
    }

    public UUID siteId() {
        return siteId;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }
}
