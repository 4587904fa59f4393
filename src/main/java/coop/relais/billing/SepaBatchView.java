package coop.relais.billing;

import coop.relais.shared.Money;
import java.time.LocalDate;
import java.util.UUID;

/** A SEPA direct-debit batch: a month's invoices collected from the organisations' mandates. */
public record SepaBatchView(
        UUID id, String period, String messageId, LocalDate collectionDate, int debitCount, Money total) {}
