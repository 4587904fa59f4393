package coop.relais.identity;

import java.util.UUID;

/**
 * A member of a site.
 *
 * @param employerId the company they declared working for there, or null for a resident
 */
public record SiteMember(AccountSummary account, UUID employerId) {}
