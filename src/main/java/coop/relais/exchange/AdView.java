package coop.relais.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An offer (a service one gives) or a want (a service one looks for) of a SEL's member.
 *
 * @param hasPhoto whether it shows a photo, served to the SEL's members only
 */
public record AdView(
        UUID id,
        UUID selId,
        UUID authorId,
        String authorName,
        String kind,
        String category,
        String title,
        String body,
        String area,
        LocalDate expiresOn,
        Instant createdAt,
        boolean hasPhoto) {}
