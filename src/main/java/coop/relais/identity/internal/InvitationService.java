package coop.relais.identity.internal;

import coop.relais.notification.EmailRequested;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: staff invite a person to a role at a site or an organisation; the person follows the
 * single-use link from the e-mail (valid 7 days). Without an account they choose their name and
 * password and the account is created with the role; with an account already, they sign in and the
 * role is added to it (so nobody gains a role on an existing account without its owner's consent).
 */
@Service
public class InvitationService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final SiteDirectory sites;
    private final ScopeNames names;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final PublicLinks links;

    InvitationService(
            InvitationRepository invitations,
            AccountRepository accounts,
            SiteDirectory sites,
            ScopeNames names,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock,
            PublicLinks links) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.sites = sites;
        this.names = names;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.links = links;
    }

    public record InviteCommand(String email, String displayName, String language, RoleGrant grant) {}

    /** What the invitation page shows. */
    public record InvitationView(
            Invitation invitation,
            Invitation.Status status,
            String siteName,
            String organisationName,
            String inviterName,
            boolean accountExists) {

        public String email() {
            return invitation.email();
        }

        public Role role() {
            return invitation.grant().role();
        }
    }

    /** A line of the list of open invitations. */
    public record InvitationRow(
            UUID id,
            String email,
            String displayName,
            Role role,
            String scope,
            Instant createdAt,
            Instant expiresAt,
            Invitation.Status status) {}

    /** Sends an invitation; replaces a still-pending one for the same address and role. */
    @Transactional
    public UUID invite(CurrentUser actor, InviteCommand command) {
        String email = Emails.require("email", command.email());
        String displayName = Names.requireName("displayName", command.displayName());
        String language = Names.language(command.language());
        RoleGrant grant = command.grant();
        GrantRules.check(actor, grant, GrantRules.Facts.of(sites));
        Optional<AccountRepository.StoredAccount> existing = accounts.findByEmail(email);
        if (existing.isPresent() && accounts.hasGrant(existing.get().id(), grant)) {
            throw new FieldRefusal("email", "identity.invitation.alreadyHolds");
        }
        Instant now = Instant.now(clock);
        for (Invitation old : invitations.pendingFor(email, grant, now)) {
            invitations.markRevoked(old.id(), actor.accountId(), now);
        }
        String token = Tokens.generate();
        Invitation invitation = new Invitation(
                UUID.randomUUID(),
                email,
                displayName,
                language,
                grant,
                actor.accountId(),
                now,
                now.plus(Invitation.VALIDITY),
                null,
                null);
        invitations.insert(invitation, Tokens.hash(token));

        String scope = names.scope(grant);
        Map<String, Object> model = new HashMap<>();
        model.put("inviterName", actor.displayName());
        model.put("displayName", displayName);
        model.put("roleKey", "identity.role." + grant.role().name());
        model.put("scope", scope);
        model.put("link", links.to("/invitation/" + token));
        model.put("existingAccount", existing.isPresent());
        model.put(
                "expiresOn",
                DAY.format(invitation
                        .expiresAt()
                        .atZone(sites.zoneOf(invitation.grant().siteId()))));
        events.publishEvent(new EmailRequested(
                "invitation:" + invitation.id(),
                existing.map(AccountRepository.StoredAccount::id).orElse(null),
                email,
                existing.map(AccountRepository.StoredAccount::language).orElse(language),
                "identity/invitation",
                "identity.mail.invitation.subject",
                new Object[] {actor.displayName()},
                null,
                model));
        audit.record(
                actor,
                AuditAction.INVITATION_SENT,
                "invitation:" + invitation.id() + " " + email,
                describe(grant, scope) + (existing.isPresent() ? " (existing account)" : ""));
        return invitation.id();
    }

    /** The invitation behind a link, if the link is one of ours (whatever its status). */
    @Transactional(readOnly = true)
    public Optional<InvitationView> view(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(Tokens.hash(token)).map(this::view);
    }

    /** Creates the account of the invited person, with the role, and uses up the invitation. */
    @Transactional
    public AccountRepository.StoredAccount acceptWithNewAccount(
            String token, String displayName, String password, String confirmation) {
        Invitation invitation = pending(token);
        if (accounts.existsByEmail(invitation.email())) {
            throw new DomainException("identity.invitation.accountExists");
        }
        String name = Names.requireName("displayName", displayName);
        PasswordPolicy.check("password", password, invitation.email());
        if (!password.equals(confirmation)) {
            throw new FieldRefusal("passwordConfirmation", "identity.password.mismatch");
        }
        Instant now = Instant.now(clock);
        UUID accountId = UUID.randomUUID();
        accounts.insert(
                accountId,
                invitation.email(),
                name,
                invitation.language(),
                null,
                passwordEncoder.encode(password),
                true,
                now);
        accounts.grant(accountId, invitation.grant(), now);
        if (!invitations.markAccepted(invitation.id(), accountId, now)) {
            throw new Invitation.InvitationUnusableException(Invitation.Status.ACCEPTED);
        }
        audit.record(
                accountId,
                invitation.email(),
                AuditAction.INVITATION_ACCEPTED,
                "invitation:" + invitation.id() + " " + invitation.email(),
                describe(invitation.grant(), names.scope(invitation.grant())) + " (new account)");
        return accounts.findStored(accountId).orElseThrow();
    }

    /** Adds the invitation's role to the signed-in person's account, which must be the invited address. */
    @Transactional
    public void acceptAsSignedIn(String token, CurrentUser user) {
        Invitation invitation = pending(token);
        if (!invitation.email().equalsIgnoreCase(user.email())) {
            throw new AccessDeniedException("Invitation for another address");
        }
        Instant now = Instant.now(clock);
        accounts.grant(user.accountId(), invitation.grant(), now);
        accounts.markEmailVerified(user.accountId());
        if (!invitations.markAccepted(invitation.id(), user.accountId(), now)) {
            throw new Invitation.InvitationUnusableException(Invitation.Status.ACCEPTED);
        }
        audit.record(
                user,
                AuditAction.INVITATION_ACCEPTED,
                "invitation:" + invitation.id() + " " + invitation.email(),
                describe(invitation.grant(), names.scope(invitation.grant())) + " (existing account)");
    }

    /** Withdraws an open invitation: admins any, site managers those of their sites, client admins theirs. */
    @Transactional
    public void revoke(CurrentUser actor, UUID invitationId) {
        Invitation invitation = invitations.find(invitationId).orElseThrow(() -> new NotFoundException("invitation"));
        if (!mayManage(actor, invitation)) {
            throw new NotFoundException("invitation");
        }
        if (!invitations.markRevoked(invitationId, actor.accountId(), Instant.now(clock))) {
            throw new DomainException("identity.invitation.notOpen");
        }
        audit.record(
                actor,
                AuditAction.INVITATION_REVOKED,
                "invitation:" + invitation.id() + " " + invitation.email(),
                describe(invitation.grant(), names.scope(invitation.grant())));
    }

    /** Open invitations (pending or expired, not used nor revoked), newest first: all for an admin. */
    @Transactional(readOnly = true)
    public ResultPage<InvitationRow> open(CurrentUser actor, Collection<UUID> sites, int page, int size) {
        if (sites == null && !actor.isAdmin()) {
            throw new AccessDeniedException("Only admins list every invitation");
        }
        if (sites != null && !sites.stream().allMatch(actor::manages)) {
            throw new NotFoundException("site");
        }
        Instant now = Instant.now(clock);
        return invitations
                .open(sites, page, size)
                .map(i -> new InvitationRow(
                        i.id(),
                        i.email(),
                        i.displayName(),
                        i.grant().role(),
                        names.scope(i.grant()),
                        i.createdAt(),
                        i.expiresAt(),
                        i.status(now)));
    }

    private boolean mayManage(CurrentUser actor, Invitation invitation) {
        RoleGrant grant = invitation.grant();
        if (actor.isAdmin()) {
            return true;
        }
        if (grant.siteId() != null && actor.hasAt(Role.SITE_MANAGER, grant.siteId())) {
            return grant.role() == Role.MEMBER || grant.role() == Role.CONCIERGE;
        }
        return grant.role() == Role.MEMBER
                && grant.organisationId() != null
                && actor.actsFor(Role.CLIENT_ADMIN, grant.organisationId());
    }

    private Invitation pending(String token) {
        if (!Tokens.looksLikeToken(token)) {
            throw new NotFoundException("invitation");
        }
        Invitation invitation =
                invitations.findByTokenHash(Tokens.hash(token)).orElseThrow(() -> new NotFoundException("invitation"));
        invitation.ensurePending(Instant.now(clock));
        return invitation;
    }

    private InvitationView view(Invitation invitation) {
        String inviter = invitation.invitedBy() == null
                ? ""
                : accounts.findSummary(invitation.invitedBy())
                        .map(a -> a.displayName())
                        .orElse("");
        return new InvitationView(
                invitation,
                invitation.status(Instant.now(clock)),
                names.site(invitation.grant().siteId()),
                names.organisation(invitation.grant().organisationId()),
                inviter,
                accounts.existsByEmail(invitation.email()));
    }

    static String describe(RoleGrant grant, String scope) {
        return grant.role().name() + (scope == null || scope.isEmpty() ? "" : " @ " + scope);
    }
}
