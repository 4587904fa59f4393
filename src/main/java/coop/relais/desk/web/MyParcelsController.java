package coop.relais.desk.web;

import coop.relais.desk.MyParcels;
import coop.relais.desk.web.ParcelForms.ProxyForm;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My parcels": what waits for the member, with the pickup codes, and the people they allow to collect. */
@Controller
class MyParcelsController {

    private final MyParcels parcels;
    private final SiteDirectory sites;

    MyParcelsController(MyParcels parcels, SiteDirectory sites) {
        this.parcels = parcels;
        this.sites = sites;
    }

    @GetMapping("/me/parcels")
    String myParcels(CurrentUser user, Model model) {
        return page(user, new ProxyForm(null, null), model);
    }

    @PostMapping("/me/parcels/proxies")
    String addProxy(
            CurrentUser user,
            @Valid @ModelAttribute("proxyForm") ProxyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var proxy = parcels.addProxy(user, form.name(), form.relation());
                Flash.success(redirect, "desk.flash.proxyAdded", proxy.name());
                return "redirect:/me/parcels";
            } catch (DomainException refusal) {
                FormErrors.reject(result, "name", refusal);
            }
        }
        return page(user, form, model);
    }

    @PostMapping("/me/parcels/proxies/{id}/revoke")
    String revokeProxy(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        parcels.revokeProxy(user, id);
        Flash.success(redirect, "desk.flash.proxyRevoked");
        return "redirect:/me/parcels";
    }

    private String page(CurrentUser user, ProxyForm form, Model model) {
        ZoneId zone = sites.zoneOf(user);
        model.addAttribute("zone", zone);
        model.addAttribute("waiting", parcels.myWaitingParcels(user));
        model.addAttribute("recent", parcels.myRecentParcels(user));
        model.addAttribute("proxies", parcels.myProxies(user));
        model.addAttribute("proxyForm", form);
        model.addAttribute("maxProxies", MyParcels.MAX_PROXIES);
        return "desk/my-parcels";
    }
}
