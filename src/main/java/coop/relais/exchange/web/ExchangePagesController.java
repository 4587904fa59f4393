package coop.relais.exchange.web;

import coop.relais.exchange.Ads;
import coop.relais.exchange.Contests;
import coop.relais.exchange.EuroPart;
import coop.relais.exchange.GroupPayments;
import coop.relais.exchange.Position;
import coop.relais.exchange.SelView;
import coop.relais.exchange.Sels;
import coop.relais.exchange.Transfers;
import coop.relais.shared.DomainException;
import coop.relais.shared.Photo;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.DateInput;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.PhotoUpload;
import coop.relais.shared.web.SiteSelection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SEL's page, from a phone or a desk: joining with its charter, one's balance in hours and minutes,
 * paying or asking a neighbour to pay, the requests waiting, one's statement; the coordinators see the
 * members' balances and the ledger's reconciliation.
 */
@Controller
class ExchangePagesController {

    private final Sels sels;
    private final Transfers transfers;
    private final Contests contests;
    private final Ads ads;
    private final GroupPayments groups;

    ExchangePagesController(Sels sels, Transfers transfers, Contests contests, Ads ads, GroupPayments groups) {
        this.sels = sels;
        this.transfers = transfers;
        this.contests = contests;
        this.ads = ads;
        this.groups = groups;
    }

    @GetMapping("/exchange")
    String home(
            CurrentUser user,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String q,
            Model model) {
        Optional<UUID> site = SiteSelection.current(user);
        Optional<SelView> sel = sels.mine(user).stream()
                .filter(s -> site.isEmpty() || s.siteId().equals(site.get()))
                .findFirst();
        model.addAttribute("sel", sel.orElse(null));
        if (sel.isEmpty()) {
            // No SEL here: the SELs of the person's other sites, to go to.
            model.addAttribute("elsewhere", sels.mine(user));
            return "exchange/home";
        }
        SelView s = sel.get();
        Optional<Position> me = sels.position(user, s.id());
        model.addAttribute("me", me.orElse(null));
        model.addAttribute("time", new ExchangeForms.TimeWords(s.unitsPerHour()));
        model.addAttribute("zone", coop.relais.shared.Zones.DEFAULT);
        boolean coordinates = sels.coordinates(user, s);
        model.addAttribute("coordinates", coordinates);
        if (me.isPresent() || coordinates) {
            model.addAttribute(
                    "members",
                    sels.members(user, s.id()).stream()
                            .filter(m -> !m.memberId().equals(user.accountId()))
                            .toList());
        }
        if (me.isPresent()) {
            model.addAttribute("ads", ads.search(user, s.id(), kind, category, q));
            model.addAttribute("categories", Ads.CATEGORIES);
            model.addAttribute("search", new String[] {kind, category, q});
            model.addAttribute("waiting", transfers.waiting(user, s.id()));
            model.addAttribute("statement", sels.statement(user, s.id(), null, 20));
        }
        if (coordinates) {
            model.addAttribute("integrity", sels.integrity(user, s.id()));
        }
        if (me.isPresent() || coordinates) {
            model.addAttribute("contests", contests.open(user, s.id()));
        }
        return "exchange/home";
    }

    @PostMapping("/exchange/{id}/join")
    String join(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String charter,
            RedirectAttributes redirect) {
        return attempt(redirect, "exchange.flash.joined", () -> sels.join(user, id, charter != null));
    }

    @PostMapping("/exchange/{id}/pay")
    String pay(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID other,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String memo,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String euroAmount,
            @RequestParam(required = false) String euroDescription,
            RedirectAttributes redirect) {
        boolean request = "request".equals(action);
        return attempt(redirect, request ? "exchange.flash.requested" : "exchange.flash.paid", () -> {
            BigDecimal units = ExchangeForms.amount(amount);
            EuroPart euros = ExchangeForms.euroPart(euroAmount, euroDescription);
            if (request) {
                transfers.request(user, id, other, units, memo, euros);
            } else {
                transfers.pay(user, id, other, units, memo, euros, null);
            }
        });
    }

    @PostMapping("/exchange/{id}/group")
    String group(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) List<UUID> others,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String memo,
            @RequestParam(required = false) String action,
            RedirectAttributes redirect) {
        boolean request = "request".equals(action);
        return Flash.attempt(
                redirect, "/exchange", request ? "exchange.flash.groupRequested" : "exchange.flash.groupPaid", () -> {
                    List<UUID> people = others == null ? List.of() : others;
                    BigDecimal each = ExchangeForms.amount(amount);
                    int done = request
                            ? groups.request(user, id, people, each, memo).size()
                            : groups.pay(user, id, people, each, memo).size();
                    return new Object[] {done};
                });
    }

    @PostMapping("/exchange/requests/{id}/{answer}")
    String answer(CurrentUser user, @PathVariable UUID id, @PathVariable String answer, RedirectAttributes redirect) {
        boolean accept = "accept".equals(answer);
        return attempt(redirect, accept ? "exchange.flash.accepted" : "exchange.flash.declined", () -> {
            if (accept) {
                transfers.accept(user, id);
            } else {
                transfers.decline(user, id);
            }
        });
    }

    @PostMapping("/exchange/{id}/ads")
    String postAd(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String expiresOn,
            @RequestParam(required = false) MultipartFile photo,
            RedirectAttributes redirect) {
        return attempt(redirect, "exchange.flash.adPosted", () -> {
            LocalDate until;
            try {
                until = DateInput.date(expiresOn).orElse(null);
            } catch (DateTimeParseException e) {
                throw DomainException.invalid("exchange.ad.expiry");
            }
            Photo picture = PhotoUpload.read(photo, "exchange.ad.photoSize", "exchange.ad.photoType")
                    .orElse(null);
            ads.post(user, id, new Ads.NewAd(kind, category, title, body, area, until, picture));
        });
    }

    @GetMapping("/exchange/ads/{id}/photo")
    ResponseEntity<byte[]> adPhoto(CurrentUser user, @PathVariable UUID id) {
        Photo photo = ads.photo(user, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.type()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }

    @PostMapping("/exchange/ads/{id}/contact")
    String contact(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String message,
            RedirectAttributes redirect) {
        return attempt(redirect, "exchange.flash.contacted", () -> ads.contact(user, id, message));
    }

    @PostMapping("/exchange/ads/{id}/close")
    String closeAd(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ads.close(user, id);
        Flash.success(redirect, "exchange.flash.adClosed");
        return "redirect:/exchange";
    }

    @PostMapping("/exchange/transfers/{id}/contest")
    String contest(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return attempt(redirect, "exchange.flash.contested", () -> contests.contest(user, id, reason));
    }

    @PostMapping("/exchange/contests/{id}/accept")
    String acceptContest(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return attempt(redirect, "exchange.flash.reversed", () -> contests.accept(user, id));
    }

    @PostMapping("/exchange/contests/{id}/decide")
    String decide(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String reverse,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        boolean undo = "true".equals(reverse);
        return attempt(
                redirect,
                undo ? "exchange.flash.reversed" : "exchange.flash.dismissed",
                () -> contests.decide(user, id, undo, reason));
    }

    /** Does it; says so, or says why not; back to the SEL's page. */
    private static String attempt(RedirectAttributes redirect, String success, Runnable action) {
        return Flash.attempt(redirect, "/exchange", success, () -> {
            action.run();
            return null;
        });
    }
}
