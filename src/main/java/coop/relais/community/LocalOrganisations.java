package coop.relais.community;

import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.TypedText;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The associations, shops and public services of the neighbourhood, listed in the directory by the site's staff. */
@Service
public class LocalOrganisations {

    private final JdbcClient jdbc;
    private final Clock clock;

    LocalOrganisations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Lists a local organisation, for the site's staff. */
    @Transactional
    public Directory.LocalOrganisation add(
            CurrentUser user,
            UUID siteId,
            String name,
            OrganisationCategory category,
            String description,
            String contact) {
        staff(user, siteId);
        String n = TypedText.line(name, 120, "community.organisation.name");
        if (category == null) {
            throw DomainException.invalid("community.organisation.category");
        }
        String d = TypedText.optionalText(description, 500, "community.organisation.description");
        String c = TypedText.optionalLine(contact, 200, "community.organisation.contact");
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO community_organisation (id, site_id, name, category, description, contact, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, siteId, n, category.name(), d, c, Instants.param(clock.instant()))
                .update();
        return new Directory.LocalOrganisation(id, n, category, d, c);
    }

    /** Takes a local organisation out of the directory. */
    @Transactional
    public void remove(CurrentUser user, UUID organisationId) {
        UUID siteId = jdbc.sql("SELECT site_id FROM community_organisation WHERE id = ? AND removed_at IS NULL")
                .param(organisationId)
                .query(UUID.class)
                .optional()
                .filter(user::worksAt)
                .orElseThrow(() -> new NotFoundException("organisation"));
        jdbc.sql("UPDATE community_organisation SET removed_at = ? WHERE id = ? AND site_id = ?")
                .params(Instants.param(clock.instant()), organisationId, siteId)
                .update();
    }

    private static void staff(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
    }
}
