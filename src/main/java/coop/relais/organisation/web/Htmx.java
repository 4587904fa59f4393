package coop.relais.organisation.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

final class Htmx {

    private Htmx() {}

    /** The named fragment alone for an htmx swap, the full page otherwise (first load, history restore). */
    static String fragmentOr(HtmxRequest htmx, String page, String fragment) {
        if (htmx != null && htmx.isHtmxRequest() && !htmx.isBoosted() && !htmx.isHistoryRestoreRequest()) {
            return page + " :: " + fragment;
        }
        return page;
    }
}
