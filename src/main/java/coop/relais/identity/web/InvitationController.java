package coop.relais.identity.web;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.Emails;
import coop.relais.identity.internal.GrantRules;
import coop.relais.identity.internal.Invitation;
import coop.relais.identity.internal.InvitationService;
import coop.relais.identity.internal.PasswordPolicy;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUsers;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.SiteSelection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * Invitations: the form staff use to invite someone ({@code /invitations/new}), the page the invited
 * person lands on from the e-mail ({@code /invitation/{token}}), and the admin list of open
 * invitations ({@code /admin/invitations}).
 */
@Controller
class InvitationController {

    private final InvitationService invitations;
    private final ScopeOptions options;
    private final WebSignIn signIn;
    private final LocaleResolver localeResolver;

    InvitationController(
            InvitationService invitations, ScopeOptions options, WebSignIn signIn, LocaleResolver localeResolver) {
        this.invitations = invitations;
        this.options = options;
        this.signIn = signIn;
        this.localeResolver = localeResolver;
    }

    record InvitationForm(
            @NotBlank(message = "{identity.form.required}")
            @Size(max = 254, message = "{identity.email.invalid}")
            @Email(regexp = Emails.PATTERN, message = "{identity.email.invalid}")
            String email,

            @NotBlank(message = "{identity.form.required}") @Size(max = 200, message = "{identity.name.tooLong}")
            String displayName,

            String language,
            String role,
            String siteId,
            String organisationId) {}

    record AcceptForm(
            @NotBlank(message = "{identity.form.required}") @Size(max = 200, message = "{identity.name.tooLong}")
            String displayName,

            @NotBlank(message = "{identity.password.required}")
            @Size(max = 1000, message = "{identity.password.tooLong}")
            String password,

            @Size(max = 1000, message = "{identity.password.tooLong}")
            String passwordConfirmation) {}

    // ---- Inviting ------------------------------------------------------------------------------

    @GetMapping("/invitations/new")
    String newInvitation(CurrentUser user, @RequestParam(required = false) String site, Model model) {
        requireMayInvite(user);
        String defaultSite = Optional.ofNullable(site)
                .filter(s -> !s.isBlank())
                .or(() -> SiteSelection.current(user).map(UUID::toString))
                .orElse("");
        String defaultOrganisation = user.isAdmin() || user.has(Role.SITE_MANAGER)
                ? ""
                : user.organisationsWhere(Role.CLIENT_ADMIN).stream()
                        .findFirst()
                        .map(UUID::toString)
                        .orElse("");
        model.addAttribute(
                "invitationForm",
                new InvitationForm("", "", "fr", Role.MEMBER.name(), defaultSite, defaultOrganisation));
        return invitationPage(user, model);
    }

    @PostMapping("/invitations/new")
    String invite(
            CurrentUser user,
            @Valid @ModelAttribute("invitationForm") InvitationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        requireMayInvite(user);
        Role role = FormErrors.choice(result, "role", Role.class, form.role());
        UUID siteId = FormErrors.optionalId(result, "siteId", form.siteId());
        UUID organisationId = FormErrors.optionalId(result, "organisationId", form.organisationId());
        if (result.hasErrors()) {
            return invitationPage(user, model);
        }
        RoleGrant grant = new RoleGrant(role, siteId, organisationId);
        try {
            invitations.invite(
                    user,
                    new InvitationService.InviteCommand(form.email(), form.displayName(), form.language(), grant));
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal);
            return invitationPage(user, model);
        }
        Flash.success(redirect, "identity.invitation.sent", Emails.normalise(form.email()));
        if (user.isAdmin()) {
            return "redirect:/admin/invitations";
        }
        if (siteId != null && user.hasAt(Role.SITE_MANAGER, siteId)) {
            redirect.addAttribute("site", siteId);
            return "redirect:/manage/people";
        }
        return "redirect:/invitations/new";
    }

    private String invitationPage(CurrentUser user, Model model) {
        options.addTo(model, user);
        if (!user.isAdmin() && !user.has(Role.SITE_MANAGER)) {
            // A client organisation's contact invites its own people as members: the form asks only for
            // who they are, and names them as the organisation knows them (DESIGN.md rule 7).
            model.addAttribute("audienceKey", options.audienceOf(user));
        }
        return "identity/invitation-new";
    }

    private static void requireMayInvite(CurrentUser user) {
        if (GrantRules.grantableBy(user).isEmpty()) {
            throw new AccessDeniedException("May not invite");
        }
    }

    // ---- Following the link ----------------------------------------------------------------------

    @GetMapping("/invitation/{token}")
    String invitation(
            @PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<InvitationService.InvitationView> found = invitations.view(token);
        if (found.isEmpty() || found.get().status() != Invitation.Status.PENDING) {
            return unusable(found, response, model);
        }
        InvitationService.InvitationView view = found.get();
        if (WebUtils.getCookie(request, "relais-lang") == null) {
            // First visit: the page speaks the language the inviter chose for the person.
            localeResolver.setLocale(
                    request, response, Locale.forLanguageTag(view.invitation().language()));
        }
        model.addAttribute("invitation", view);
        model.addAttribute("token", token);
        if (view.accountExists()) {
            return "identity/invitation-existing";
        }
        model.addAttribute("acceptForm", new AcceptForm(view.invitation().displayName(), "", ""));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "identity/invitation-accept";
    }

    @PostMapping("/invitation/{token}")
    String accept(
            @PathVariable String token,
            @Valid @ModelAttribute("acceptForm") AcceptForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Optional<InvitationService.InvitationView> found = invitations.view(token);
        if (found.isEmpty() || found.get().status() != Invitation.Status.PENDING) {
            return unusable(found, response, model);
        }
        if (found.get().accountExists()) {
            return "redirect:/invitation/" + token;
        }
        model.addAttribute("invitation", found.get());
        model.addAttribute("token", token);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        if (result.hasErrors()) {
            return "identity/invitation-accept";
        }
        AccountRepository.StoredAccount account;
        try {
            account = invitations.acceptWithNewAccount(
                    token, form.displayName(), form.password(), form.passwordConfirmation());
        } catch (Invitation.InvitationUnusableException e) {
            return unusable(invitations.view(token), response, model);
        } catch (DuplicateKeyException e) {
            return "redirect:/invitation/" + token;
        } catch (DomainException refusal) {
            if ("identity.invitation.accountExists".equals(refusal.messageKey())) {
                return "redirect:/invitation/" + token;
            }
            FormErrors.reject(result, refusal);
            return "identity/invitation-accept";
        }
        signIn.signIn(account, request, response);
        Flash.success(redirect, "identity.invitation.welcome", account.displayName());
        return "redirect:/";
    }

    /** With an account already: signed in as the invited address, confirm to add the role. */
    @GetMapping("/invitation/{token}/join")
    String join(@PathVariable String token, CurrentUser user, HttpServletResponse response, Model model) {
        Optional<InvitationService.InvitationView> found = invitations.view(token);
        if (found.isEmpty() || found.get().status() != Invitation.Status.PENDING) {
            return unusable(found, response, model);
        }
        model.addAttribute("invitation", found.get());
        model.addAttribute("token", token);
        model.addAttribute("sameAccount", found.get().email().equalsIgnoreCase(user.email()));
        return "identity/invitation-join";
    }

    @PostMapping("/invitation/{token}/join")
    String confirmJoin(
            @PathVariable String token,
            CurrentUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Optional<InvitationService.InvitationView> found = invitations.view(token);
        if (found.isEmpty() || found.get().status() != Invitation.Status.PENDING) {
            return unusable(found, response, model);
        }
        if (!found.get().email().equalsIgnoreCase(user.email())) {
            return "redirect:/invitation/" + token + "/join";
        }
        try {
            invitations.acceptAsSignedIn(token, user);
        } catch (Invitation.InvitationUnusableException e) {
            return unusable(invitations.view(token), response, model);
        }
        signIn.refresh(user, request, response);
        Flash.success(redirect, "identity.invitation.joined");
        return "redirect:/";
    }

    private String unusable(
            Optional<InvitationService.InvitationView> found, HttpServletResponse response, Model model) {
        Invitation.Status status =
                found.map(InvitationService.InvitationView::status).orElse(null);
        String reason = switch (status == null ? "UNKNOWN" : status.name()) {
            case "EXPIRED" -> "identity.link.invitation.expired";
            case "ACCEPTED" -> "identity.link.invitation.used";
            case "REVOKED" -> "identity.link.invitation.revoked";
            default -> "identity.link.invitation.unknown";
        };
        response.setStatus(status == null ? 404 : 410);
        model.addAttribute("reason", reason);
        model.addAttribute("signedIn", CurrentUsers.current().isPresent());
        return "identity/link-invalid";
    }

    // ---- Admin list --------------------------------------------------------------------------------

    @GetMapping("/admin/invitations")
    String openInvitations(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("invitations", invitations.open(user, null, page, 25));
        return "identity/admin-invitations";
    }

    @PostMapping("/admin/invitations/{id}/revoke")
    String revoke(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            invitations.revoke(user, id);
            Flash.success(redirect, "identity.invitation.revoked");
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:/admin/invitations";
    }
}
