package coop.relais.identity.web;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.ApiTokenService;
import coop.relais.identity.internal.PasswordPolicy;
import coop.relais.identity.internal.ProfileService;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own profile: details and language, password, personal API tokens. */
@Controller
class ProfileController {

    private final ProfileService profiles;
    private final ApiTokenService tokens;
    private final WebSignIn signIn;
    private final LocaleResolver localeResolver;

    ProfileController(
            ProfileService profiles, ApiTokenService tokens, WebSignIn signIn, LocaleResolver localeResolver) {
        this.profiles = profiles;
        this.tokens = tokens;
        this.signIn = signIn;
        this.localeResolver = localeResolver;
    }

    record ProfileForm(
            @NotBlank(message = "{identity.form.required}") @Size(max = 200, message = "{identity.name.tooLong}")
            String displayName,

            @Size(max = 30, message = "{identity.phone.invalid}")
            String phone,

            String language) {}

    record PasswordForm(
            @NotBlank(message = "{identity.form.required}") @Size(max = 1000, message = "{identity.password.tooLong}")
            String currentPassword,

            @NotBlank(message = "{identity.password.required}")
            @Size(max = 1000, message = "{identity.password.tooLong}")
            String password,

            @Size(max = 1000, message = "{identity.password.tooLong}")
            String passwordConfirmation) {}

    record TokenForm(
            @NotBlank(message = "{identity.form.required}") @Size(max = 100, message = "{identity.token.nameInvalid}")
            String name) {}

    @GetMapping("/profile")
    String profile(CurrentUser user, Model model) {
        AccountRepository.AccountDetails account = profiles.details(user);
        model.addAttribute("profileForm", new ProfileForm(account.displayName(), account.phone(), account.language()));
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        model.addAttribute("tokenForm", new TokenForm(""));
        return page(user, model);
    }

    @PostMapping("/profile")
    String save(
            CurrentUser user,
            @Valid @ModelAttribute("profileForm") ProfileForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                String language = profiles.update(user, form.displayName(), form.phone(), form.language());
                localeResolver.setLocale(request, response, Locale.forLanguageTag(language));
                signIn.refresh(user, request, response);
                Flash.success(redirect, "identity.profile.saved");
                return "redirect:/profile";
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        model.addAttribute("tokenForm", new TokenForm(""));
        return page(user, model);
    }

    @PostMapping("/profile/password")
    String changePassword(
            CurrentUser user,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                profiles.changePassword(
                        user,
                        form.currentPassword(),
                        form.password(),
                        form.passwordConfirmation(),
                        request.getSession().getId());
                Flash.success(redirect, "identity.password.changed");
                return "redirect:/profile";
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        AccountRepository.AccountDetails account = profiles.details(user);
        model.addAttribute("profileForm", new ProfileForm(account.displayName(), account.phone(), account.language()));
        model.addAttribute("tokenForm", new TokenForm(""));
        return page(user, model);
    }

    @PostMapping("/profile/tokens")
    String createToken(
            CurrentUser user,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                String token = tokens.create(user.accountId(), user.email(), form.name());
                redirect.addFlashAttribute("newToken", token);
                redirect.addFlashAttribute("newTokenName", form.name().strip());
                return "redirect:/profile#tokens";
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        AccountRepository.AccountDetails account = profiles.details(user);
        model.addAttribute("profileForm", new ProfileForm(account.displayName(), account.phone(), account.language()));
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        return page(user, model);
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revokeToken(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        Flash.success(redirect, "identity.token.revoked");
        return "redirect:/profile#tokens";
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("tokens", tokens.list(user.accountId()));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "identity/profile";
    }
}
