package coop.relais.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Flash messages shown once by the layout after a POST-redirect-GET. Values are message keys. */
public final class Flash {

    private Flash() {}

    public static void success(RedirectAttributes attributes, String messageKey, Object... arguments) {
        attributes.addFlashAttribute("flashSuccess", messageKey);
        attributes.addFlashAttribute("flashArguments", arguments);
    }

    public static void error(RedirectAttributes attributes, String messageKey, Object... arguments) {
        attributes.addFlashAttribute("flashError", messageKey);
        attributes.addFlashAttribute("flashArguments", arguments);
    }
}
