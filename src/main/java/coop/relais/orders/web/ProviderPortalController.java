package coop.relais.orders.web;

import coop.relais.orders.OrderManagement;
import coop.relais.orders.OrderStatus;
import coop.relais.orders.OrderView;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.ImageTypes;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The provider portal: the jobs of the person's organisation only, on a phone. */
@Controller
class ProviderPortalController {

    static final long MAX_PHOTO = 5L * 1024 * 1024;

    private static final Set<OrderStatus> CURRENT =
            EnumSet.of(OrderStatus.IN_PROGRESS, OrderStatus.READY, OrderStatus.INCIDENT, OrderStatus.QUOTED);

    private final OrderManagement orders;

    ProviderPortalController(OrderManagement orders) {
        this.orders = orders;
    }

    @GetMapping("/provider/jobs")
    String jobs(CurrentUser user, Model model) {
        List<OrderView> jobs = orders.providerJobs(user, null);
        model.addAttribute(
                "newJobs",
                jobs.stream().filter(j -> j.status() == OrderStatus.DISPATCHED).toList());
        model.addAttribute(
                "quotes",
                jobs.stream()
                        .filter(j -> j.status() == OrderStatus.QUOTE_REQUESTED)
                        .toList());
        model.addAttribute(
                "current",
                jobs.stream().filter(j -> CURRENT.contains(j.status())).toList());
        model.addAttribute(
                "done", jobs.stream().filter(j -> j.status().isClosed()).toList());
        model.addAttribute("empty", jobs.isEmpty());
        return "orders/jobs";
    }

    @GetMapping("/provider/jobs/{id}")
    String job(CurrentUser user, @PathVariable UUID id, Model model) {
        if (!user.has(Role.PROVIDER) && !user.isAdmin()) {
            throw new AccessDeniedException("Provider staff only");
        }
        model.addAttribute("order", orders.find(user, id));
        return "orders/job";
    }

    @PostMapping("/provider/jobs/{id}/proof")
    String proof(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile photo,
            RedirectAttributes redirect)
            throws IOException {
        try {
            byte[] bytes = null;
            String type = null;
            if (photo != null && !photo.isEmpty()) {
                if (photo.getSize() > MAX_PHOTO) {
                    orders.find(user, id);
                    throw DomainException.invalid("orders.error.photoSize");
                }
                bytes = photo.getBytes();
                type = ImageTypes.detect(bytes).orElse(null);
                if (type == null) {
                    orders.find(user, id);
                    throw DomainException.invalid("orders.error.photoType");
                }
            }
            orders.addProof(user, id, note, type, bytes);
            Flash.success(redirect, "orders.flash.proof");
        } catch (DomainException refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/provider/jobs/" + id;
    }
}
