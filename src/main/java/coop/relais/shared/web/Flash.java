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

    /**
     * Does what a form asks and says so, or says why not (a {@link coop.relais.shared.DomainException}),
     * then goes back to {@code target}: the whole of a POST-redirect-GET handler.
     *
     * @param action returns the arguments of the success message
     */
    public static String attempt(
            RedirectAttributes attributes,
            String target,
            String successKey,
            java.util.function.Supplier<Object[]> action) {
        try {
            Object[] arguments = action.get();
            success(attributes, successKey, arguments == null ? new Object[0] : arguments);
        } catch (coop.relais.shared.DomainException refusal) {
            error(attributes, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:" + target;
    }

    /** {@link #attempt} for an action whose success message takes no argument. */
    public static String done(RedirectAttributes attributes, String target, String successKey, Runnable action) {
        return attempt(attributes, target, successKey, () -> {
            action.run();
            return new Object[0];
        });
    }
}
