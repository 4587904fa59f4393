package coop.relais.reuse.web;

import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.reuse.Declarations;
import coop.relais.reuse.Intake;
import coop.relais.reuse.Ressourcerie;
import coop.relais.reuse.ReuseCategory;
import coop.relais.reuse.Sale;
import coop.relais.reuse.SalePayment;
import coop.relais.reuse.ShopSales;
import coop.relais.reuse.Stream;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.AmountInput;
import coop.relais.shared.text.TypedText;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.SiteSelection;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reuse shop at the desk, in counter mode: weigh a donation in and print its receipt, record goods going
 * out, see what is left by category and the month's kilos.
 */
@Controller
class ReusePagesController {

    /** A quarter that has ended, as offered for a declaration. */
    record Quarter(int year, int quarter) {

        public String value() {
            return year + "-" + quarter;
        }
    }

    private final Ressourcerie ressourcerie;
    private final Declarations declarations;
    private final ShopSales sales;
    private final AccountDirectory accounts;
    private final Clock clock;

    ReusePagesController(
            Ressourcerie ressourcerie,
            Declarations declarations,
            ShopSales sales,
            AccountDirectory accounts,
            Clock clock) {
        this.ressourcerie = ressourcerie;
        this.declarations = declarations;
        this.sales = sales;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/reuse")
    String desk(CurrentUser user, @RequestParam(required = false) String month, Model model) {
        UUID site = site(user);
        ZoneId zone = ressourcerie.zoneOf(user, site);
        LocalDate first = LocalDate.now(clock.withZone(zone)).withDayOfMonth(1);
        model.addAttribute("categories", ReuseCategory.values());
        model.addAttribute("streams", Stream.values());
        model.addAttribute("stock", ressourcerie.stock(user, site));
        model.addAttribute("intakes", ressourcerie.recentIntakes(user, site));
        model.addAttribute("outflows", ressourcerie.recentOutflows(user, site));
        model.addAttribute(
                "report",
                ressourcerie.report(user, site, first, first.plusMonths(1).minusDays(1), zone));
        model.addAttribute("zone", zone);
        model.addAttribute("declarations", declarations.ofSite(user, site));
        model.addAttribute("payments", SalePayment.values());
        model.addAttribute("sales", sales.recent(user, site));
        model.addAttribute(
                "salesThisMonth",
                sales.total(
                        user,
                        site,
                        first.atStartOfDay(zone).toInstant(),
                        first.plusMonths(1).atStartOfDay(zone).toInstant()));
        // The last four quarters that have ended, newest first.
        List<Quarter> quarters = new java.util.ArrayList<>();
        LocalDate start = first.withMonth(3 * ((first.getMonthValue() - 1) / 3) + 1);
        for (int i = 1; i <= 4; i++) {
            LocalDate q = start.minusMonths(3L * i);
            quarters.add(new Quarter(q.getYear(), (q.getMonthValue() - 1) / 3 + 1));
        }
        model.addAttribute("quarters", quarters);
        return "reuse/desk";
    }

    @PostMapping("/reuse/declarations")
    String declare(CurrentUser user, @RequestParam(required = false) String period, RedirectAttributes redirect) {
        UUID site = site(user);
        return Flash.attempt(redirect, "/reuse", "reuse.flash.declaration", () -> {
            String[] parts = period == null ? new String[0] : period.strip().split("-");
            if (parts.length != 2 || !parts[0].matches("\\d{4}") || !parts[1].matches("[1-4]")) {
                throw DomainException.invalid("reuse.declaration.quarter");
            }
            var made = declarations.produce(user, site, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            return new Object[] {made.quarter(), made.year()};
        });
    }

    @GetMapping("/reuse/declarations/{id}/csv")
    ResponseEntity<byte[]> declarationCsv(CurrentUser user, @PathVariable UUID id) {
        return DeclarationCsv.of(declarations.find(user, id));
    }

    @PostMapping("/reuse/intakes")
    String intake(
            CurrentUser user,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String grossKg,
            @RequestParam(required = false) String tareKg,
            @RequestParam(required = false) String condition,
            @RequestParam(required = false) String donorEmail,
            RedirectAttributes redirect) {
        UUID site = site(user);
        return Flash.attempt(redirect, "/reuse", "reuse.flash.intake", () -> {
            Intake made = ressourcerie.intake(
                    user,
                    site,
                    new Ressourcerie.NewIntake(
                            TypedText.choice(ReuseCategory.class, category, "reuse.category"),
                            kg(grossKg, "reuse.intake.gross"),
                            tareKg == null || tareKg.isBlank() ? BigDecimal.ZERO : kg(tareKg, "reuse.intake.tare"),
                            condition,
                            donor(donorEmail)));
            redirect.addFlashAttribute("receipt", made.id());
            return new Object[] {made.receiptNo(), made.netKg().toPlainString().replace('.', ',')};
        });
    }

    @PostMapping("/reuse/outflows")
    String outflow(
            CurrentUser user,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String stream,
            @RequestParam(required = false) String kg,
            @RequestParam(required = false) String recipient,
            RedirectAttributes redirect) {
        UUID site = site(user);
        return Flash.attempt(redirect, "/reuse", "reuse.flash.outflow", () -> {
            var made = ressourcerie.outflow(
                    user,
                    site,
                    new Ressourcerie.NewOutflow(
                            TypedText.choice(ReuseCategory.class, category, "reuse.category"),
                            TypedText.choice(Stream.class, stream, "reuse.outflow.stream"),
                            kg(kg, "reuse.outflow.kg"),
                            recipient));
            return new Object[] {made.kg().toPlainString().replace('.', ',')};
        });
    }

    @PostMapping("/reuse/sales")
    String sell(
            CurrentUser user,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String price,
            @RequestParam(required = false) String payment,
            @RequestParam(required = false) String buyerEmail,
            RedirectAttributes redirect) {
        UUID site = site(user);
        return Flash.attempt(redirect, "/reuse", "reuse.flash.sale", () -> {
            Sale sold = sales.sell(
                    user,
                    site,
                    new ShopSales.NewSale(
                            TypedText.choice(ReuseCategory.class, category, "reuse.category"),
                            description,
                            AmountInput.euros(price)
                                    .orElseThrow(() -> DomainException.invalid("reuse.sale.price", "5000")),
                            TypedText.choice(SalePayment.class, payment, "reuse.sale.payment"),
                            buyer(buyerEmail)));
            return new Object[] {sold.saleNo(), sold.price().toPlainString().replace('.', ',')};
        });
    }

    @GetMapping("/reuse/intakes/{id}/receipt")
    String receipt(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("intake", ressourcerie.receipt(user, id));
        return "reuse/receipt";
    }

    private UUID donor(String email) {
        return member(email, "reuse.intake.donor");
    }

    private UUID buyer(String email) {
        return member(email, "reuse.sale.buyer");
    }

    private UUID member(String email, String key) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return accounts.findByEmail(email.strip())
                .map(AccountSummary::id)
                .orElseThrow(() -> DomainException.invalid(key));
    }

    private static BigDecimal kg(String typed, String key) {
        return AmountInput.euros(typed).orElseThrow(() -> DomainException.invalid(key, "5000"));
    }

    private static UUID site(CurrentUser user) {
        return SiteSelection.currentWorkplace(user).orElseThrow(() -> new NotFoundException("site"));
    }
}
