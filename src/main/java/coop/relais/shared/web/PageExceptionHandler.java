package coop.relais.shared.web;

import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Friendly 403, 404 and 409 pages for the web app (the API has its own handler). Bad input is the
 * pages' own business (form errors, domain refusals); anything else is a bug and ends as a logged 500.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return "error/404";
    }

    /**
     * A write that broke a database rule another request had just satisfied (two people saving the
     * same thing at once, a double submit that slipped past the form): nothing was written, say so.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    String conflict(DataIntegrityViolationException e, HttpServletResponse response) {
        log.info(
                "Refused a page write that breaks a database rule: {}",
                e.getMostSpecificCause().getMessage());
        response.setStatus(409);
        return "error/409";
    }

    /**
     * A rule of Relais refused what the page asked, outside a form that says why itself: say why, in the
     * person's words, with the status the API would give (400, 409 or 422), never a 500.
     */
    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, HttpServletResponse response, org.springframework.ui.Model model) {
        response.setStatus(
                switch (e.kind()) {
                    case INVALID -> 400;
                    case RULE -> 422;
                    case CONFLICT -> 409;
                });
        model.addAttribute("refusalKey", e.messageKey());
        model.addAttribute("refusalArguments", e.arguments());
        return "error/refused";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(403);
        return "error/403";
    }
}
