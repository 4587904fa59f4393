package coop.relais.community.web;

import coop.relais.community.CommonSpaces;
import coop.relais.community.ReportCategory;
import coop.relais.community.ReportView;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.Photo;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.TypedText;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.PhotoUpload;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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
 * Problems in the common spaces: report one with its place and a photo, follow one's reports; for the staff, the
 * site's open reports to take, send to a provider, merge or close.
 */
@Controller
class ReportPagesController {

    private final CommonSpaces commonSpaces;

    ReportPagesController(CommonSpaces commonSpaces) {
        this.commonSpaces = commonSpaces;
    }

    @GetMapping("/community/reports")
    String reports(CurrentUser user, @RequestParam(required = false) boolean closed, Model model) {
        UUID site = CommunityWebConfiguration.site(user);
        model.addAttribute("categories", ReportCategory.values());
        model.addAttribute("mine", commonSpaces.mine(user));
        boolean staff = user.worksAt(site);
        model.addAttribute("staff", staff);
        model.addAttribute("closed", closed);
        if (staff) {
            List<ReportView> ofSite = commonSpaces.ofSite(user, site, !closed);
            model.addAttribute("ofSite", ofSite);
            model.addAttribute("openOfSite", closed ? commonSpaces.ofSite(user, site, true) : ofSite);
            model.addAttribute("offers", commonSpaces.offers(user, site));
        }
        return "community/reports";
    }

    @GetMapping("/community/reports/{id}")
    String report(CurrentUser user, @PathVariable UUID id, Model model) {
        ReportView report = commonSpaces.find(user, id);
        model.addAttribute("report", report);
        if (report.mergedInto() != null) {
            model.addAttribute("into", commonSpaces.findMergedInto(user, report));
        }
        return "community/report";
    }

    @GetMapping("/community/reports/{id}/photo")
    ResponseEntity<byte[]> photo(CurrentUser user, @PathVariable UUID id) {
        Photo photo = commonSpaces.photo(user, id).orElseThrow(() -> new NotFoundException("photo"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, photo.type())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(photo.bytes());
    }

    @PostMapping("/community/reports")
    String create(
            CurrentUser user,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) MultipartFile photo,
            RedirectAttributes redirect) {
        UUID site = CommunityWebConfiguration.site(user);
        return Flash.attempt(redirect, "/community/reports", "community.flash.reported", () -> {
            ReportView made = commonSpaces.report(
                    user,
                    site,
                    TypedText.choice(ReportCategory.class, category, "community.report.category"),
                    description,
                    place,
                    PhotoUpload.read(photo, "community.report.photoSize", "community.report.photoType")
                            .orElse(null));
            return new Object[] {made.place()};
        });
    }

    @PostMapping("/community/reports/{id}/assign")
    String assign(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return Flash.attempt(redirect, "/community/reports", "community.flash.assigned", () ->
                new Object[] {commonSpaces.assign(user, id).place()});
    }

    @PostMapping("/community/reports/{id}/dispatch")
    String dispatch(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String offerId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return Flash.attempt(redirect, "/community/reports", "community.flash.dispatched", () -> new Object[] {
            commonSpaces
                    .dispatch(user, id, Typed.id(offerId, "community.report.offer"), note)
                    .orderReference()
        });
    }

    @PostMapping("/community/reports/{id}/close")
    String close(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return Flash.attempt(redirect, "/community/reports", "community.flash.closed", () ->
                new Object[] {commonSpaces.close(user, id, note).place()});
    }

    @PostMapping("/community/reports/{id}/merge")
    String merge(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String into,
            RedirectAttributes redirect) {
        return Flash.attempt(redirect, "/community/reports", "community.flash.merged", () -> {
            UUID target = Typed.id(into, "community.report.mergeInto");
            if (target == null) {
                throw coop.relais.shared.DomainException.invalid("community.report.mergeInto");
            }
            return new Object[] {commonSpaces.merge(user, id, target).place()};
        });
    }
}
