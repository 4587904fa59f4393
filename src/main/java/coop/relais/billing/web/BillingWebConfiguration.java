package coop.relais.billing.web;

import coop.relais.shared.security.PublicApiEndpoint;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.NavigationGroup;
import coop.relais.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The main-menu entries of billing: a member's tab, and taking payments at the desk. */
@Configuration(proxyBeanMethods = false)
class BillingWebConfiguration {

    @Bean
    NavigationItem myTabNavigation() {
        return new NavigationItem(
                "billing.nav.myTab", "/tab", NavigationGroup.BILLING, 70, user -> user.has(Role.MEMBER));
    }

    @Bean
    NavigationItem organisationInvoicesNavigation() {
        return new NavigationItem(
                "billing.nav.invoices",
                "/billing/invoices",
                NavigationGroup.BILLING,
                71,
                user -> user.has(Role.CLIENT_ADMIN));
    }

    @Bean
    NavigationItem monthlyBillingNavigation() {
        return new NavigationItem(
                "billing.nav.monthlyBilling", "/admin/billing", NavigationGroup.BILLING, 72, user -> user.isAdmin());
    }

    @Bean
    NavigationItem plansNavigation() {
        return new NavigationItem(
                "billing.nav.plans", "/admin/billing/plans", NavigationGroup.BILLING, 73, user -> user.isAdmin());
    }

    /** The payment provider's webhook proves itself by its signature, not by a signed-in caller. */
    @Bean
    PublicApiEndpoint paymentWebhooks() {
        return new PublicApiEndpoint("POST", "/api/v1/billing/webhooks/*");
    }

    @Bean
    NavigationItem deskTabsNavigation() {
        return new NavigationItem(
                "billing.nav.deskTabs",
                "/desk/tabs",
                NavigationGroup.COUNTER,
                45,
                user -> !user.staffSites().isEmpty());
    }
}
