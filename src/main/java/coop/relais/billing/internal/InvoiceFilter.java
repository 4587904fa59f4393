package coop.relais.billing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Organisations' invoices: of one organisation and of one period, each when given. */
record InvoiceFilter(UUID organisationId, String period) {

    String where() {
        return "WHERE " + (organisationId == null ? "organisation_id IS NOT NULL" : "organisation_id = ?")
                + (period == null ? "" : " AND period = ?");
    }

    List<Object> params() {
        List<Object> params = new ArrayList<>();
        if (organisationId != null) {
            params.add(organisationId);
        }
        if (period != null) {
            params.add(period);
        }
        return params;
    }
}
