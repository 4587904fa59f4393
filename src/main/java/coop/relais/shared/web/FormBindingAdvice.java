package coop.relais.shared.web;

import java.beans.PropertyEditorSupport;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forms are records, built from the request by their constructor. A value that cannot be converted
 * to a component's type leaves no form at all to show again with its errors. Check boxes are the
 * values of that kind a page sends without a person typing them, so their conversion forgives: a
 * check box is ticked when it sends a "yes"-like value and not otherwise.
 */
@ControllerAdvice(annotations = Controller.class)
class FormBindingAdvice {

    private static final Set<String> TICKED = Set.of("true", "on", "yes", "1");

    @InitBinder
    void forgivingConversions(WebDataBinder binder) {
        if (binder.getTarget() == null && binder.getTargetType() == null) {
            return; // a single request parameter or path variable, not a form
        }
        binder.registerCustomEditor(Boolean.class, new CheckBoxEditor());
    }

    private static final class CheckBoxEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
            } else {
                setValue(TICKED.contains(text.strip().toLowerCase(Locale.ROOT)));
            }
        }
    }
}
