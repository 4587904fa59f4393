package coop.relais.desk.web;

import coop.relais.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Last safety net of the desk's pages: a business refusal not turned into a form error by its page
 * shows a plain explanation (409) instead of an error page.
 */
@ControllerAdvice(basePackageClasses = DeskPageAdvice.class)
class DeskPageAdvice {

    @ExceptionHandler(DomainException.class)
    String refused(DomainException refusal, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("refusalKey", refusal.messageKey());
        model.addAttribute("refusalArguments", refusal.arguments());
        return "desk/refused";
    }
}
