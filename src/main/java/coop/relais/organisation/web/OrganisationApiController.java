package coop.relais.organisation.web;

import coop.relais.organisation.internal.ClientAdministration;
import coop.relais.organisation.internal.ClientOrganisation;
import coop.relais.organisation.internal.OrganisationQueries;
import coop.relais.organisation.internal.ProviderAdministration;
import coop.relais.organisation.internal.ProviderOrganisation;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.paging.ApiPage;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(
        name = "Organisations",
        description = "Client organisations and partner providers in the caller's scope; admins create and change them")
class OrganisationApiController {

    private final OrganisationQueries queries;
    private final ClientAdministration clients;
    private final ProviderAdministration providers;
    private final ApiValidation validation;

    OrganisationApiController(
            OrganisationQueries queries,
            ClientAdministration clients,
            ProviderAdministration providers,
            ApiValidation validation) {
        this.queries = queries;
        this.clients = clients;
        this.providers = providers;
        this.validation = validation;
    }

    @GetMapping
    @Operation(
            summary = "The organisations the caller may see",
            description = "Admin: all. Client admin: their organisations. Provider staff: their provider. Staff of a"
                    + " site: the client organisations with a contract there and the providers serving it.")
    ApiPage<OrganisationResource> list(
            CurrentUser user,
            @Parameter(description = "client or provider; both when absent") @RequestParam(required = false)
                    String type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        boolean wantClients = type == null || type.isBlank() || "client".equals(type);
        boolean wantProviders = type == null || type.isBlank() || "provider".equals(type);
        if (!wantClients && !wantProviders) {
            throw DomainException.invalid("organisation.api.type");
        }
        List<OrganisationResource> all = new ArrayList<>();
        if (wantClients) {
            queries.visibleClients(user)
                    .forEach(c -> all.add(OrganisationResource.of(c, queries.sitesOfClient(c.id()))));
        }
        if (wantProviders) {
            queries.visibleProviders(user).forEach(p -> all.add(OrganisationResource.of(p)));
        }
        return ApiPage.of(ResultPage.slice(all, new ResultPage.Request(page, size)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation (404 when out of the caller's scope)")
    OrganisationResource get(CurrentUser user, @PathVariable UUID id) {
        Object found = queries.visible(user, id);
        if (found instanceof ClientOrganisation client) {
            return OrganisationResource.of(client, queries.sitesOfClient(id));
        }
        return OrganisationResource.of((ProviderOrganisation) found);
    }

    @PostMapping
    @Operation(summary = "Create a client organisation or a provider (admin); 409 if an e-mail domain is taken")
    ResponseEntity<OrganisationResource> create(CurrentUser user, @RequestBody OrganisationRequest request)
            throws MethodArgumentNotValidException {
        SiteApiController.requireAdmin(user);
        validation.validate(request);
        UUID id;
        if (request instanceof OrganisationRequest.Client client) {
            var details = client.toDetails();
            Set<coop.relais.organisation.EmailDomain> domains = client.domains();
            id = clients.register(user, details, domains == null ? Set.of() : domains);
        } else {
            var provider = (OrganisationRequest.Provider) request;
            var details = provider.toDetails();
            Set<UUID> sites = provider.sites();
            id = providers.register(user, details, sites == null ? Set.of() : sites);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/organisations/" + id))
                .body(get(user, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an organisation's details (admin); its type cannot change; active=false deactivates")
    OrganisationResource update(CurrentUser user, @PathVariable UUID id, @RequestBody OrganisationRequest request)
            throws MethodArgumentNotValidException {
        SiteApiController.requireAdmin(user);
        validation.validate(request);
        boolean isClient = clients.exists(user, id);
        boolean isProvider = !isClient && providers.exists(user, id);
        if (!isClient && !isProvider) {
            throw new NotFoundException("organisation");
        }
        if (request instanceof OrganisationRequest.Client client) {
            if (!isClient) {
                throw new DomainException("organisation.api.typeChange");
            }
            clients.change(user, id, client.toDetails(), client.domains(), client.active());
        } else {
            var provider = (OrganisationRequest.Provider) request;
            if (!isProvider) {
                throw new DomainException("organisation.api.typeChange");
            }
            providers.change(user, id, provider.toDetails(), provider.sites(), provider.active());
        }
        return get(user, id);
    }
}
