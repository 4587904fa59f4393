package coop.relais.billing;

import java.util.UUID;

/** A monthly run: the month it billed and how many invoices it issued. */
public record RunResult(UUID id, String period, int invoiceCount) {}
