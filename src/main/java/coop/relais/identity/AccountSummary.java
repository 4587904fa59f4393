package coop.relais.identity;

import java.util.UUID;

/** What other modules may know of an account. */
public record AccountSummary(UUID id, String email, String displayName, String language, String phone) {}
