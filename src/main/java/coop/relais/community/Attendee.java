package coop.relais.community;

import java.util.UUID;

/**
 * Someone registered or waiting at an event, as the staff see them at the door.
 *
 * @param attended present, absent, or not yet taken (null)
 */
public record Attendee(
        UUID registrationId,
        UUID accountId,
        String displayName,
        RegistrationStatus status,
        long seq,
        boolean volunteer,
        Boolean attended) {}
