package coop.relais.exchange.web;

import coop.relais.exchange.Coordination;
import coop.relais.exchange.SelView;
import coop.relais.exchange.Sels;
import coop.relais.exchange.TransferView;
import coop.relais.shared.DomainException;
import coop.relais.shared.Zones;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' page of a SEL: every member's standing with those to follow up marked, adjusting a
 * balance with a reason, the SEL's rules, and whether the ledger is sound.
 */
@Controller
class CoordinationPagesController {

    private final Sels sels;
    private final Coordination coordination;

    CoordinationPagesController(Sels sels, Coordination coordination) {
        this.sels = sels;
        this.coordination = coordination;
    }

    @GetMapping("/exchange/{id}/coordination")
    String page(CurrentUser user, @PathVariable UUID id, Model model) {
        SelView sel = coordination.coordinated(user, id);
        model.addAttribute("sel", sel);
        model.addAttribute("standings", coordination.standings(user, id));
        model.addAttribute("integrity", sels.integrity(user, id));
        model.addAttribute("time", new ExchangeForms.TimeWords(sel.unitsPerHour()));
        model.addAttribute("zone", Zones.DEFAULT);
        model.addAttribute("views", SelView.Participation.values());
        return "exchange/coordination";
    }

    @PostMapping("/exchange/{id}/adjustments")
    String adjust(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID memberId,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return Flash.attempt(redirect, "/exchange/" + id + "/coordination", "exchange.flash.adjusted", () -> {
            TransferView done = coordination.adjust(user, id, memberId, ExchangeForms.amount(amount), reason);
            return new Object[] {done.payerId() == null ? done.payeeName() : done.payerName()};
        });
    }

    @PostMapping("/exchange/{id}/limits")
    String limits(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID memberId,
            @RequestParam(required = false) String floor,
            @RequestParam(required = false) String ceiling,
            RedirectAttributes redirect) {
        return Flash.attempt(redirect, "/exchange/" + id + "/coordination", "exchange.flash.limits", () -> {
            var standing = coordination.limits(
                    user,
                    id,
                    memberId,
                    optional(floor, "exchange.settings.floor", 0),
                    optional(ceiling, "exchange.settings.ceiling", 1));
            return new Object[] {standing.displayName()};
        });
    }

    private static Integer optional(String typed, String key, int min) {
        return typed == null || typed.isBlank() ? null : number(typed, key, min);
    }

    @PostMapping("/exchange/{id}/settings")
    String settings(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String floor,
            @RequestParam(required = false) String ceiling,
            @RequestParam(required = false) String requestDays,
            @RequestParam(required = false) String participation,
            @RequestParam(required = false) String autoAccept,
            RedirectAttributes redirect) {
        return Flash.attempt(redirect, "/exchange/" + id + "/coordination", "exchange.flash.settings", () -> {
            coordination.settings(
                    user,
                    id,
                    new Coordination.Settings(
                            number(floor, "exchange.settings.floor", 0),
                            number(ceiling, "exchange.settings.ceiling", 1),
                            number(requestDays, "exchange.settings.requestDays", 1),
                            view(participation),
                            autoAccept != null));
            return null;
        });
    }

    private static Integer number(String typed, String key, int min) {
        String text = typed == null ? "" : typed.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!text.matches("\\d{1,9}")) {
            throw DomainException.invalid(key, min, key.endsWith("requestDays") ? 365 : 1_000_000);
        }
        return Integer.valueOf(text);
    }

    private static SelView.Participation view(String typed) {
        try {
            return typed == null ? null : SelView.Participation.valueOf(typed.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
