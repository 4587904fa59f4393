package coop.relais.billing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The invoices of an organisation and of a period, each when given. */
record InvoiceFilter(UUID organisationId, String period) {

    String where() {
        return "WHERE 1 = 1" + (organisationId == null ? "" : " AND organisation_id = ?")
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
