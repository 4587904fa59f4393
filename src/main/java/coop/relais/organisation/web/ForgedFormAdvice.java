package coop.relais.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A forged form naming a list element far beyond any real row (e.g. {@code days[999].opens1}) makes
 * Spring's list binding fail before the controller runs; answer 400 with a plain page, not a 500.
 */
@ControllerAdvice(assignableTypes = {SiteAdminController.class, SiteManagerController.class})
class ForgedFormAdvice {

    private static final Logger log = LoggerFactory.getLogger(ForgedFormAdvice.class);

    @ExceptionHandler(IndexOutOfBoundsException.class)
    String forged(IndexOutOfBoundsException e, HttpServletResponse response) {
        log.info("Refused a forged form: {}", e.getMessage());
        response.setStatus(400);
        return "organisation/bad-request";
    }
}
