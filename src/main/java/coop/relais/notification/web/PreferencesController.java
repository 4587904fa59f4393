package coop.relais.notification.web;

import coop.relais.notification.internal.NotificationPreferences;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Which notifications a person wants, per category, by e-mail and in the app. */
@Controller
class PreferencesController {

    /** The ticked boxes: category keys wanted by e-mail and in the app (absent: none). */
    record PreferencesForm(Set<String> email, Set<String> inApp) {

        PreferencesForm {
            email = email == null ? Set.of() : Set.copyOf(email);
            inApp = inApp == null ? Set.of() : Set.copyOf(inApp);
        }
    }

    private final NotificationPreferences preferences;

    PreferencesController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/notifications/preferences")
    String show(CurrentUser user, Model model) {
        model.addAttribute("choices", preferences.choicesOf(user));
        return "notification/preferences";
    }

    @PostMapping("/notifications/preferences")
    String save(CurrentUser user, @ModelAttribute PreferencesForm form, RedirectAttributes redirect) {
        preferences.save(user, form.email(), form.inApp());
        Flash.success(redirect, "notification.preferences.saved");
        return "redirect:/notifications/preferences";
    }
}
