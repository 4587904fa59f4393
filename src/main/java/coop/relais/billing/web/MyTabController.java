package coop.relais.billing.web;

import coop.relais.billing.BillingAccounts;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A member's own tab (ardoise): what they owe, each charge with what others paid of it, their payments. */
@Controller
class MyTabController {

    private final BillingAccounts accounts;
    private final SiteDirectory sites;

    MyTabController(BillingAccounts accounts, SiteDirectory sites) {
        this.accounts = accounts;
        this.sites = sites;
    }

    @GetMapping("/tab")
    String myTab(CurrentUser user, @RequestParam(required = false) String before, Model model) {
        model.addAttribute("account", accounts.mine(user, Positions.parse(before)));
        model.addAttribute("zone", sites.zoneOf(user));
        return "billing/my-tab";
    }
}
