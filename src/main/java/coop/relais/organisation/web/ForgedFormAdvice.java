package coop.relais.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyEditorSupport;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forged site forms. One naming a list element far beyond any real row (e.g. {@code days[999].opens1})
 * makes Spring's list binding fail before the controller runs: answer 400 with a plain page, not a
 * 500. One sending the week as a single value ({@code days=abc}) would leave no form to show again:
 * that value is ignored, as the real form only ever sends the days row by row.
 */
@ControllerAdvice(assignableTypes = {SiteAdminController.class, SiteManagerController.class})
class ForgedFormAdvice {

    private static final Logger log = LoggerFactory.getLogger(ForgedFormAdvice.class);

    @InitBinder
    void ignoreAFlatWeek(WebDataBinder binder) {
        if (binder.getTarget() == null && binder.getTargetType() == null) {
            return; // a single request parameter or path variable, not a form
        }
        binder.registerCustomEditor(List.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(null);
            }
        });
    }

    @ExceptionHandler(IndexOutOfBoundsException.class)
    String forged(IndexOutOfBoundsException e, HttpServletResponse response) {
        log.info("Refused a forged form: {}", e.getMessage());
        response.setStatus(400);
        return "organisation/bad-request";
    }
}
