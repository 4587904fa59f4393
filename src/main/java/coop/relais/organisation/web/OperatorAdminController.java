package coop.relais.organisation.web;

import coop.relais.organisation.internal.BillingEntityDetails;
import coop.relais.organisation.internal.OperatorAdministration;
import coop.relais.organisation.internal.OperatorDetails;
import coop.relais.organisation.internal.OperatorRepository;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's identity and its billing entities. */
@Controller
@RequestMapping("/admin/operator")
class OperatorAdminController {

    private static final String PAGE = "organisation/admin/operator";
    private static final String ENTITY = "organisation/admin/billing-entity-form";

    private final OperatorAdministration operators;

    OperatorAdminController(OperatorAdministration operators) {
        this.operators = operators;
    }

    @GetMapping
    String show(CurrentUser user, Model model) {
        return page(user, model);
    }

    @PostMapping
    String update(
            CurrentUser user,
            @Valid @ModelAttribute("operatorForm") OperatorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        OperatorDetails details = form.toDetails(result);
        if (details == null) {
            return page(user, model);
        }
        operators.changeOperator(user, details);
        Flash.success(redirect, "organisation.operator.saved");
        return "redirect:/admin/operator";
    }

    @GetMapping("/billing-entities/new")
    String newEntity(CurrentUser user, Model model) {
        operators.billingEntities(user);
        model.addAttribute("billingEntityForm", BillingEntityForm.blank());
        return ENTITY;
    }

    @PostMapping("/billing-entities")
    String createEntity(
            CurrentUser user,
            @Valid @ModelAttribute("billingEntityForm") BillingEntityForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        BillingEntityDetails details = form.toDetails(result);
        if (details == null) {
            return ENTITY;
        }
        try {
            operators.addBillingEntity(user, details);
        } catch (DomainException e) {
            Forms.reject(result, null, e);
            return ENTITY;
        }
        Flash.success(redirect, "organisation.billing.saved", details.name());
        return "redirect:/admin/operator";
    }

    @GetMapping("/billing-entities/{id}")
    String editEntity(CurrentUser user, @PathVariable UUID id, Model model) {
        OperatorRepository.StoredBillingEntity entity = operators.billingEntity(user, id);
        model.addAttribute("entity", entity);
        model.addAttribute("billingEntityForm", BillingEntityForm.of(entity.details()));
        return ENTITY;
    }

    @PostMapping("/billing-entities/{id}")
    String updateEntity(
            CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("billingEntityForm") BillingEntityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("entity", operators.billingEntity(user, id));
        BillingEntityDetails details = form.toDetails(result);
        if (details == null) {
            return ENTITY;
        }
        operators.changeBillingEntity(user, id, details);
        Flash.success(redirect, "organisation.billing.saved", details.name());
        return "redirect:/admin/operator";
    }

    private String page(CurrentUser user, Model model) {
        var operator = operators.operator(user);
        if (!model.containsAttribute("operatorForm")) {
            model.addAttribute(
                    "operatorForm",
                    OperatorForm.of(operator.map(OperatorRepository.StoredOperator::details)
                            .orElse(null)));
        }
        model.addAttribute("entities", operators.billingEntities(user));
        return PAGE;
    }
}
