package coop.relais.support;

import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The demo accounts, one per role, that the page-wide tests sign in as; and what is not a page. */
public final class DemoRoles {

    /** Links that are not pages: static files, the API and its explorer, photos, e-mail previews. */
    public static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(webjars|css|js|img|favicon|v3/api-docs|swagger-ui|actuator|api/)|/photo$|/preview$|/pdf$|/xml$");

    private DemoRoles() {}

    /** Every demo role's account, for {@code @MethodSource("coop.relais.support.DemoRoles#emails")}. */
    public static Stream<String> emails() {
        return Stream.of(
                "admin@relais.test",
                "gerante@relais.test",
                "concierge@relais.test",
                "concierge2@relais.test",
                "habitant@relais.test",
                "salarie@relais.test",
                "pressing@relais.test",
                "rh@relais.test",
                "bailleur@relais.test",
                "coach@relais.test");
    }
}
