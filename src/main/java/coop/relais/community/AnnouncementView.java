package coop.relais.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An announcement of a site.
 *
 * @param organisationId the company whose staff it speaks to, with {@link Audience#COMPANY}
 * @param organisationName that company's name, or null
 * @param shownUntil the last day it is shown on home pages
 */
public record AnnouncementView(
        UUID id,
        UUID siteId,
        String title,
        String body,
        Audience audience,
        UUID organisationId,
        String organisationName,
        boolean emailed,
        String publishedBy,
        Instant publishedAt,
        LocalDate shownUntil,
        boolean withdrawn) {}
