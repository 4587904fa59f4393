package coop.relais.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Tells requests to the REST API ({@code /api/...}) from page requests. */
public final class ApiRequests {

    private ApiRequests() {}

    /**
     * Whether the request is for the API: the layout's model attributes (navigation, site switcher)
     * are then not computed, since no page is rendered.
     */
    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
