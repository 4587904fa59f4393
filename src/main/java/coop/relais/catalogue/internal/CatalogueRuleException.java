package coop.relais.catalogue.internal;

import coop.relais.shared.DomainException;
import java.util.List;

/** A catalogue change was refused by one or more rules; each violation names its field. */
public class CatalogueRuleException extends DomainException {

    private final transient List<Violation> violations;

    public CatalogueRuleException(List<Violation> violations) {
        super(Kind.INVALID, violations.get(0).messageKey(), violations.get(0).arguments());
        this.violations = List.copyOf(violations);
    }

    public CatalogueRuleException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new CatalogueRuleException(violations);
        }
    }
}
