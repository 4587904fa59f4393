package coop.relais.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may give which role where. */
class GrantRulesTests {

    private static final UUID BASTIDE = UUID.randomUUID();
    private static final UUID AQUITAINE = UUID.randomUUID();
    private static final UUID EMPLOYER = UUID.randomUUID();
    private static final UUID PROVIDER = UUID.randomUUID();

    /** Bastide and Aquitaine exist; the employer has a contract at Aquitaine only. */
    private static final GrantRules.Facts FACTS = new GrantRules.Facts() {
        @Override
        public boolean siteExists(UUID siteId) {
            return Set.of(BASTIDE, AQUITAINE).contains(siteId);
        }

        @Override
        public boolean isProvider(UUID organisationId) {
            return PROVIDER.equals(organisationId);
        }

        @Override
        public boolean isClient(UUID organisationId) {
            return EMPLOYER.equals(organisationId);
        }

        @Override
        public boolean clientHasContractAt(UUID organisationId, UUID siteId) {
            return EMPLOYER.equals(organisationId) && AQUITAINE.equals(siteId);
        }
    };

    private static CurrentUser user(RoleGrant... grants) {
        return new CurrentUser(UUID.randomUUID(), "x@relais.test", "X", "fr", List.of(grants));
    }

    private final CurrentUser admin = user(RoleGrant.admin());
    private final CurrentUser bastideManager = user(RoleGrant.atSite(Role.SITE_MANAGER, BASTIDE));
    private final CurrentUser hr = user(RoleGrant.forOrganisation(Role.CLIENT_ADMIN, EMPLOYER));
    private final CurrentUser member = user(RoleGrant.atSite(Role.MEMBER, BASTIDE));

    @Test
    void anAdminGivesAnyRoleAnywhere() {
        GrantRules.check(admin, RoleGrant.atSite(Role.SITE_MANAGER, AQUITAINE), FACTS);
        GrantRules.check(admin, RoleGrant.forOrganisation(Role.PROVIDER, PROVIDER), FACTS);
        GrantRules.check(admin, RoleGrant.admin(), FACTS);
        assertThat(GrantRules.grantableBy(admin)).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void aSiteManagerInvitesMembersConciergesAndSelCoordinatorsAtTheirOwnSitesOnly() {
        assertThat(GrantRules.grantableBy(bastideManager))
                .containsExactlyInAnyOrder(Role.MEMBER, Role.CONCIERGE, Role.SEL_COORDINATOR);
        GrantRules.check(bastideManager, RoleGrant.atSite(Role.MEMBER, BASTIDE), FACTS);
        GrantRules.check(bastideManager, RoleGrant.atSite(Role.CONCIERGE, BASTIDE), FACTS);
        GrantRules.check(bastideManager, RoleGrant.atSite(Role.SEL_COORDINATOR, BASTIDE), FACTS);
        assertThat(GrantRules.mayRevoke(bastideManager, RoleGrant.atSite(Role.SEL_COORDINATOR, BASTIDE)))
                .isTrue();
        assertThatThrownBy(() ->
                        GrantRules.check(bastideManager, RoleGrant.atSite(Role.SEL_COORDINATOR, AQUITAINE), FACTS))
                .isInstanceOf(AccessDeniedException.class);
        // A coordinator's grant names a site, and no organisation.
        assertThatThrownBy(
                        () -> GrantRules.check(bastideManager, new RoleGrant(Role.SEL_COORDINATOR, null, null), FACTS))
                .isInstanceOf(FieldRefusal.class);
        assertThatThrownBy(() -> GrantRules.check(bastideManager, RoleGrant.atSite(Role.MEMBER, AQUITAINE), FACTS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> GrantRules.check(bastideManager, RoleGrant.atSite(Role.SITE_MANAGER, BASTIDE), FACTS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> GrantRules.check(bastideManager, RoleGrant.admin(), FACTS))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClientAdminMakesMembersOfTheirOrganisationWhereItHasAContract() {
        assertThat(GrantRules.grantableBy(hr)).containsExactly(Role.MEMBER);
        GrantRules.check(hr, new RoleGrant(Role.MEMBER, AQUITAINE, EMPLOYER), FACTS);
        assertThatThrownBy(() -> GrantRules.check(hr, RoleGrant.atSite(Role.MEMBER, AQUITAINE), FACTS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> GrantRules.check(hr, new RoleGrant(Role.MEMBER, BASTIDE, EMPLOYER), FACTS))
                .isInstanceOf(FieldRefusal.class);
    }

    @Test
    void membersGiveNothing() {
        assertThat(GrantRules.grantableBy(member)).isEmpty();
        assertThatThrownBy(() -> GrantRules.check(member, RoleGrant.atSite(Role.MEMBER, BASTIDE), FACTS))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachRoleNeedsItsOwnKindOfScope() {
        assertRefused(new RoleGrant(Role.MEMBER, null, null), "siteId", "identity.grant.siteRequired");
        assertRefused(new RoleGrant(Role.MEMBER, UUID.randomUUID(), null), "siteId", "identity.grant.unknownSite");
        assertRefused(
                new RoleGrant(Role.CONCIERGE, BASTIDE, EMPLOYER), "organisationId", "identity.grant.noOrganisation");
        assertRefused(
                new RoleGrant(Role.PROVIDER, null, null), "organisationId", "identity.grant.organisationRequired");
        assertRefused(new RoleGrant(Role.PROVIDER, null, EMPLOYER), "organisationId", "identity.grant.notProvider");
        assertRefused(new RoleGrant(Role.CLIENT_ADMIN, null, PROVIDER), "organisationId", "identity.grant.notClient");
        assertRefused(new RoleGrant(Role.PROVIDER, BASTIDE, PROVIDER), "siteId", "identity.grant.noSite");
        assertRefused(
                new RoleGrant(Role.MEMBER, BASTIDE, EMPLOYER), "organisationId", "identity.grant.employerNotAtSite");
    }

    @Test
    void siteManagersTakeBackMemberAndConciergeRolesOfTheirSitesOnly() {
        assertThat(GrantRules.mayRevoke(bastideManager, RoleGrant.atSite(Role.MEMBER, BASTIDE)))
                .isTrue();
        assertThat(GrantRules.mayRevoke(bastideManager, RoleGrant.atSite(Role.CONCIERGE, BASTIDE)))
                .isTrue();
        assertThat(GrantRules.mayRevoke(bastideManager, RoleGrant.atSite(Role.SITE_MANAGER, BASTIDE)))
                .isFalse();
        assertThat(GrantRules.mayRevoke(bastideManager, RoleGrant.atSite(Role.MEMBER, AQUITAINE)))
                .isFalse();
        assertThat(GrantRules.mayRevoke(admin, RoleGrant.atSite(Role.SITE_MANAGER, AQUITAINE)))
                .isTrue();
    }

    private void assertRefused(RoleGrant grant, String field, String key) {
        assertThatThrownBy(() -> GrantRules.check(admin, grant, FACTS))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(field);
                    assertThat(refusal.messageKey()).isEqualTo(key);
                });
    }
}
