package coop.relais.identity.web;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.Emails;
import coop.relais.identity.internal.LinkUnusableException;
import coop.relais.identity.internal.PasswordPolicy;
import coop.relais.identity.internal.SignupService;
import coop.relais.shared.DomainException;
import coop.relais.shared.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Self sign-up with a company address whose domain a client organisation approved. */
@Controller
class SignupController {

    private final SignupService signups;
    private final WebSignIn signIn;

    SignupController(SignupService signups, WebSignIn signIn) {
        this.signups = signups;
        this.signIn = signIn;
    }

    record SignupForm(
            @NotBlank(message = "{identity.form.required}")
            @Size(max = 254, message = "{identity.email.invalid}")
            @Email(regexp = Emails.PATTERN, message = "{identity.email.invalid}")
            String email) {}

    record CompleteForm(
            @NotBlank(message = "{identity.form.required}") @Size(max = 200, message = "{identity.name.tooLong}")
            String displayName,

            @NotBlank(message = "{identity.password.required}")
            @Size(max = 1000, message = "{identity.password.tooLong}")
            String password,

            @Size(max = 1000, message = "{identity.password.tooLong}")
            String passwordConfirmation) {}

    @GetMapping("/signup")
    String signup(Model model) {
        model.addAttribute("signupForm", new SignupForm(""));
        return "identity/signup";
    }

    @PostMapping("/signup")
    String request(@Valid @ModelAttribute("signupForm") SignupForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return "identity/signup";
        }
        SignupService.Outcome outcome;
        try {
            Locale locale = LocaleContextHolder.getLocale();
            outcome = signups.request(form.email(), locale.getLanguage());
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal);
            return "identity/signup";
        }
        if (outcome == SignupService.Outcome.NOT_APPROVED) {
            model.addAttribute("notApproved", true);
            return "identity/signup";
        }
        return "redirect:/signup?sent";
    }

    @GetMapping("/signup/{token}")
    String completePage(@PathVariable String token, HttpServletResponse response, Model model) {
        Optional<SignupService.SignupView> view = signups.view(token);
        if (view.isEmpty()) {
            return invalid(response, model, "identity.link.signup.invalid");
        }
        model.addAttribute("signup", view.get());
        model.addAttribute("token", token);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("completeForm", new CompleteForm("", "", ""));
        return "identity/signup-complete";
    }

    @PostMapping("/signup/{token}")
    String complete(
            @PathVariable String token,
            @Valid @ModelAttribute("completeForm") CompleteForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Optional<SignupService.SignupView> view = signups.view(token);
        if (view.isEmpty()) {
            return invalid(response, model, "identity.link.signup.invalid");
        }
        model.addAttribute("signup", view.get());
        model.addAttribute("token", token);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        if (result.hasErrors()) {
            return "identity/signup-complete";
        }
        AccountRepository.StoredAccount account;
        try {
            account = signups.complete(token, form.displayName(), form.password(), form.passwordConfirmation());
        } catch (LinkUnusableException e) {
            return invalid(response, model, "identity.link.signup.invalid");
        } catch (DuplicateKeyException e) {
            return invalid(response, model, "identity.signup.accountExists");
        } catch (DomainException refusal) {
            if ("identity.signup.accountExists".equals(refusal.messageKey())) {
                return invalid(response, model, refusal.messageKey());
            }
            FormErrors.reject(result, refusal);
            return "identity/signup-complete";
        }
        signIn.signIn(account, request, response);
        Flash.success(redirect, "identity.signup.welcome", account.displayName());
        return "redirect:/";
    }

    private static String invalid(HttpServletResponse response, Model model, String reason) {
        response.setStatus(410);
        model.addAttribute("reason", reason);
        model.addAttribute("retryLink", "/signup");
        return "identity/link-invalid";
    }
}
