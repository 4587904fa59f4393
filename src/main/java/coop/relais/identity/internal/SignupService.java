package coop.relais.identity.internal;

import coop.relais.notification.EmailRequested;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.DomainException;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self sign-up of employees of a client organisation that approved their e-mail domain: a
 * verification link (single use, 24 hours), then name and password, and the person becomes a member,
 * employed by that organisation, at every site where it has a contract. Whether the address already
 * has an account is never shown on screen: such people get a "you already have an account" e-mail.
 */
@Service
public class SignupService {

    public static final Duration VALIDITY = Duration.ofHours(24);

    public enum Outcome {
        /** The page says "check your mailbox" (a link, or a "you already have an account" e-mail, was sent). */
        CHECK_MAILBOX,
        /** No client organisation approved the domain: ask the conciergerie for an invitation. */
        NOT_APPROVED
    }

    /** What the sign-up completion page shows. */
    public record SignupView(String email, String organisationName) {}

    private final OneTimeLinkRepository links;
    private final AccountRepository accounts;
    private final SiteDirectory sites;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final PublicLinks publicLinks;

    SignupService(
            OneTimeLinkRepository links,
            AccountRepository accounts,
            SiteDirectory sites,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock,
            PublicLinks publicLinks) {
        this.links = links;
        this.accounts = accounts;
        this.sites = sites;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.publicLinks = publicLinks;
    }

    @Transactional
    public Outcome request(String email, String language) {
        String address = Emails.require("email", email);
        Optional<ClientOrganisationView> employer = approvingEmployer(address);
        if (employer.isEmpty()) {
            return Outcome.NOT_APPROVED;
        }
        if (!throttle.allowMail(address)) {
            audit.record(null, address, AuditAction.SIGNUP_REQUESTED, "email:" + address, "rate limited");
            return Outcome.CHECK_MAILBOX;
        }
        Optional<AccountRepository.StoredAccount> existing = accounts.findByEmail(address);
        Instant now = Instant.now(clock);
        UUID id = UUID.randomUUID();
        if (existing.isPresent()) {
            events.publishEvent(new EmailRequested(
                    "signup-existing:" + id,
                    existing.get().id(),
                    address,
                    existing.get().language(),
                    "identity/signup-existing",
                    "identity.mail.signupExisting.subject",
                    null,
                    null,
                    Map.of(
                            "displayName",
                            existing.get().displayName(),
                            "loginLink",
                            publicLinks.to("/login"),
                            "forgotLink",
                            publicLinks.to("/password/forgot"))));
            audit.record(null, address, AuditAction.SIGNUP_REQUESTED, "email:" + address, "account exists");
            return Outcome.CHECK_MAILBOX;
        }
        String token = Tokens.generate();
        String lang = Names.language(language);
        links.insertSignup(id, address, employer.get().id(), lang, Tokens.hash(token), now, now.plus(VALIDITY));
        events.publishEvent(new EmailRequested(
                "signup:" + id,
                null,
                address,
                lang,
                "identity/signup",
                "identity.mail.signup.subject",
                null,
                null,
                Map.of("organisation", employer.get().legalName(), "link", publicLinks.to("/signup/" + token))));
        audit.record(
                null,
                address,
                AuditAction.SIGNUP_REQUESTED,
                "email:" + address,
                "verification sent, employer " + employer.get().legalName());
        return Outcome.CHECK_MAILBOX;
    }

    /** The sign-up behind a verification link, if it can still be used. */
    @Transactional(readOnly = true)
    public Optional<SignupView> view(String token) {
        return usable(token)
                .flatMap(request -> sites.findClient(request.organisationId())
                        .filter(ClientOrganisationView::active)
                        .map(client -> new SignupView(request.email(), client.legalName())));
    }

    /** Creates the member account at every site of the employer's contracts; returns it. */
    @Transactional
    public AccountRepository.StoredAccount complete(
            String token, String displayName, String password, String confirmation) {
        OneTimeLinkRepository.SignupRequest request = usable(token).orElseThrow(LinkUnusableException::new);
        ClientOrganisationView employer = sites.findClient(request.organisationId())
                .filter(ClientOrganisationView::active)
                .orElseThrow(LinkUnusableException::new);
        if (accounts.existsByEmail(request.email())) {
            throw new DomainException("identity.signup.accountExists");
        }
        String name = Names.requireName("displayName", displayName);
        PasswordPolicy.check("password", password, request.email());
        if (!password.equals(confirmation)) {
            throw new FieldRefusal("passwordConfirmation", "identity.password.mismatch");
        }
        Instant now = Instant.now(clock);
        UUID accountId = UUID.randomUUID();
        accounts.insert(
                accountId,
                request.email(),
                name,
                request.language(),
                null,
                passwordEncoder.encode(password),
                true,
                now);
        List<UUID> contractSites = sites.sitesOfClient(employer.id());
        for (UUID siteId : contractSites) {
            accounts.grant(accountId, new RoleGrant(Role.MEMBER, siteId, employer.id()), now);
        }
        if (!links.useSignup(request.id(), accountId, now)) {
            throw new LinkUnusableException();
        }
        links.invalidateSignups(request.email(), now);
        audit.record(
                accountId,
                request.email(),
                AuditAction.SIGNUP_COMPLETED,
                "account:" + request.email(),
                "MEMBER at " + contractSites.size() + " site(s), employer " + employer.legalName());
        return accounts.findStored(accountId).orElseThrow();
    }

    private Optional<ClientOrganisationView> approvingEmployer(String address) {
        return sites.clientApprovingDomain(Emails.domainOf(address))
                .filter(ClientOrganisationView::active)
                .filter(client -> !sites.sitesOfClient(client.id()).isEmpty());
    }

    private Optional<OneTimeLinkRepository.SignupRequest> usable(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return links.findSignup(Tokens.hash(token)).filter(request -> request.usable(now));
    }
}
