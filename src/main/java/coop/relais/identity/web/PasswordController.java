package coop.relais.identity.web;

import coop.relais.identity.internal.Emails;
import coop.relais.identity.internal.LinkUnusableException;
import coop.relais.identity.internal.PasswordPolicy;
import coop.relais.identity.internal.PasswordResetService;
import coop.relais.shared.DomainException;
import coop.relais.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Forgot password": ask for a link, then set a new password through it. */
@Controller
class PasswordController {

    private final PasswordResetService resets;

    PasswordController(PasswordResetService resets) {
        this.resets = resets;
    }

    record ForgotForm(
            @NotBlank(message = "{identity.form.required}")
            @Size(max = 254, message = "{identity.email.invalid}")
            @Email(regexp = Emails.PATTERN, message = "{identity.email.invalid}")
            String email) {}

    record ResetForm(
            @NotBlank(message = "{identity.password.required}")
            @Size(max = 1000, message = "{identity.password.tooLong}")
            String password,

            @Size(max = 1000, message = "{identity.password.tooLong}")
            String passwordConfirmation) {}

    @GetMapping("/password/forgot")
    String forgot(Model model) {
        model.addAttribute("forgotForm", new ForgotForm(""));
        return "identity/password-forgot";
    }

    /** Always the same answer, whether or not the address has an account. */
    @PostMapping("/password/forgot")
    String requestLink(@Valid @ModelAttribute("forgotForm") ForgotForm form, BindingResult result) {
        if (result.hasErrors()) {
            return "identity/password-forgot";
        }
        try {
            resets.requestReset(form.email());
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal);
            return "identity/password-forgot";
        }
        return "redirect:/password/forgot?sent";
    }

    @GetMapping("/password/reset/{token}")
    String resetPage(@PathVariable String token, HttpServletResponse response, Model model) {
        if (!resets.isUsable(token)) {
            return invalid(response, model);
        }
        model.addAttribute("resetForm", new ResetForm("", ""));
        model.addAttribute("token", token);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "identity/password-reset";
    }

    @PostMapping("/password/reset/{token}")
    String reset(
            @PathVariable String token,
            @Valid @ModelAttribute("resetForm") ResetForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (!resets.isUsable(token)) {
            return invalid(response, model);
        }
        model.addAttribute("token", token);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        if (result.hasErrors()) {
            return "identity/password-reset";
        }
        try {
            resets.reset(token, form.password(), form.passwordConfirmation());
        } catch (LinkUnusableException e) {
            return invalid(response, model);
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal);
            return "identity/password-reset";
        }
        Flash.success(redirect, "identity.reset.done");
        return "redirect:/login";
    }

    private static String invalid(HttpServletResponse response, Model model) {
        response.setStatus(410);
        model.addAttribute("reason", "identity.link.reset.invalid");
        model.addAttribute("retryLink", "/password/forgot");
        return "identity/link-invalid";
    }
}
