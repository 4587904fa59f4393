package coop.relais.organisation.web;

import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.organisation.internal.SiteAdministration;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.paging.ApiPage;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
@RequestMapping("/api/v1/sites")
@Tag(name = "Sites", description = "The conciergeries the caller may see; admins create and change them")
class SiteApiController {

    private final SiteDirectory directory;
    private final SiteAdministration sites;
    private final ApiValidation validation;

    SiteApiController(SiteDirectory directory, SiteAdministration sites, ApiValidation validation) {
        this.directory = directory;
        this.sites = sites;
        this.validation = validation;
    }

    @GetMapping
    @Operation(summary = "The sites the caller may see (all for an admin), by name")
    ApiPage<SiteResource> list(
            CurrentUser user, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var visible = directory.visibleSites(user).stream()
                .map(site -> SiteResource.of(site, null))
                .toList();
        return ApiPage.of(ResultPage.slice(visible, new ResultPage.Request(page, size)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One site with its opening hours (404 when out of the caller's scope)")
    SiteResource get(CurrentUser user, @PathVariable UUID id) {
        SiteView site = directory.visibleSite(user, id);
        return SiteResource.of(site, directory.openingHours(id));
    }

    @PostMapping
    @Operation(summary = "Create a site (admin); a new site is open, whatever active says")
    ResponseEntity<SiteResource> create(CurrentUser user, @RequestBody SiteRequest request)
            throws MethodArgumentNotValidException {
        requireAdmin(user);
        validation.validate(request);
        UUID id = sites.create(user, request.toDetails());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/sites/" + id))
                .body(get(user, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a site's details and opening hours (admin); active=false closes it")
    SiteResource update(CurrentUser user, @PathVariable UUID id, @RequestBody SiteRequest request)
            throws MethodArgumentNotValidException {
        requireAdmin(user);
        validation.validate(request);
        sites.change(user, id, request.toDetails(), request.active());
        return get(user, id);
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Admins only");
        }
    }
}
