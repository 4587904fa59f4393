package coop.relais.community.web;

import coop.relais.community.CommonSpaces;
import coop.relais.community.Directory;
import coop.relais.community.EventDesk;
import coop.relais.community.EventView;
import coop.relais.community.Events;
import coop.relais.community.OrganisationCategory;
import coop.relais.community.Registration;
import coop.relais.community.RegistrationStatus;
import coop.relais.community.ReportCategory;
import coop.relais.community.ReportStatus;
import coop.relais.community.ReportView;
import coop.relais.shared.DomainException;
import coop.relais.shared.paging.ApiPage;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.text.TypedText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Community life through the API: the directory, events and their registrations, common-space reports. */
@RestController
@Tag(name = "Community", description = "Neighbourhood directory, events with a waitlist, common-space reports")
class CommunityApiController {

    /** A directory entry: a listed member (no address, no phone) or a local organisation. */
    record EntryJson(
            String kind,
            UUID id,
            String name,
            String presentation,
            List<String> skills,
            OrganisationCategory category,
            String description,
            String contact) {}

    record ListingRequest(UUID siteId, Boolean listed, String presentation, String skills) {}

    record ListingJson(UUID siteId, boolean listed, String presentation, String skills, Instant consentedAt) {}

    record EventJson(
            UUID id,
            UUID siteId,
            String title,
            String description,
            String place,
            Instant startsAt,
            Instant endsAt,
            String timeZone,
            int capacity,
            int registered,
            int waitlisted,
            int seatsLeft,
            String status,
            RegistrationJson myRegistration) {

        static EventJson of(EventView e, Registration mine) {
            return new EventJson(
                    e.id(),
                    e.siteId(),
                    e.title(),
                    e.description(),
                    e.place(),
                    e.startsAt(),
                    e.endsAt(),
                    e.zone().getId(),
                    e.capacity(),
                    e.registered(),
                    e.waitlisted(),
                    e.seatsLeft(),
                    e.status().name(),
                    mine == null ? null : RegistrationJson.of(mine));
        }
    }

    record RegistrationJson(RegistrationStatus status, Integer position, boolean volunteer) {

        static RegistrationJson of(Registration r) {
            return new RegistrationJson(r.status(), r.position(), r.volunteer());
        }
    }

    record RegistrationRequest(Boolean volunteer) {}

    /** A new event, in the site's local time: {@code day} as 2026-12-24, {@code start} and {@code end} as 18:30. */
    record EventRequest(
            String title, String description, String place, String day, String start, String end, Integer capacity) {}

    record ReportRequest(ReportCategory category, String description, String place) {}

    record ReportJson(
            UUID id,
            UUID siteId,
            ReportCategory category,
            String description,
            String place,
            ReportStatus status,
            String orderReference,
            UUID mergedInto,
            String closingNote,
            Instant reportedAt,
            Instant closedAt) {

        static ReportJson of(ReportView r) {
            return new ReportJson(
                    r.id(),
                    r.siteId(),
                    r.category(),
                    r.description(),
                    r.place(),
                    r.status(),
                    r.orderReference(),
                    r.mergedInto(),
                    r.closingNote(),
                    r.reportedAt(),
                    r.closedAt());
        }
    }

    private final Directory directory;
    private final Events events;
    private final EventDesk desk;
    private final CommonSpaces commonSpaces;

    CommunityApiController(Directory directory, Events events, EventDesk desk, CommonSpaces commonSpaces) {
        this.directory = directory;
        this.events = events;
        this.desk = desk;
        this.commonSpaces = commonSpaces;
    }

    // ================================================================ directory

    @GetMapping("/api/v1/sites/{siteId}/directory")
    @Operation(
            summary = "The site's directory",
            description =
                    "Only members who consented to be listed, and the local organisations the site lists;"
                            + " `q` searches names, presentations, skills and categories. Never an e-mail or phone of a member.")
    ApiPage<EntryJson> directory(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID siteId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationCategory category) {
        Directory.Entries found = directory.search(user, siteId, q, category);
        List<EntryJson> items = new ArrayList<>();
        found.members()
                .forEach(m -> items.add(new EntryJson(
                        "MEMBER", m.accountId(), m.displayName(), m.presentation(), m.skills(), null, null, null)));
        found.organisations()
                .forEach(o -> items.add(new EntryJson(
                        "ORGANISATION", o.id(), o.name(), null, null, o.category(), o.description(), o.contact())));
        return ApiPage.of(new ResultPage<>(items, 0, Math.max(items.size(), 1), items.size()));
    }

    @GetMapping("/api/v1/me/directory")
    @Operation(
            summary = "My entry in a site's directory",
            description = "`siteId` may be left out by a member of one site.")
    ListingJson myListing(@Parameter(hidden = true) CurrentUser user, @RequestParam(required = false) UUID siteId) {
        UUID site = memberSite(user, siteId);
        return json(site, directory.mine(user, site));
    }

    @PutMapping("/api/v1/me/directory")
    @Operation(
            summary = "Be listed in the directory, or not",
            description = "`listed: true` is the member's consent, dated; `false` withdraws it and hides the entry at"
                    + " once. `siteId` may be left out by a member of one site.")
    ListingJson updateListing(@Parameter(hidden = true) CurrentUser user, @RequestBody ListingRequest request) {
        if (request.listed() == null) {
            throw DomainException.invalid("community.directory.listed");
        }
        UUID site = memberSite(user, request.siteId());
        return json(site, directory.update(user, site, request.listed(), request.presentation(), request.skills()));
    }

    // ================================================================ events

    @GetMapping("/api/v1/sites/{siteId}/events")
    @Operation(summary = "The site's events to come", description = "With the caller's own registration on each.")
    ApiPage<EventJson> events(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID siteId) {
        List<EventView> upcoming = events.upcoming(user, siteId);
        Map<UUID, Registration> mine = events.registrationsOf(
                user, upcoming.stream().map(EventView::id).toList());
        List<EventJson> items =
                upcoming.stream().map(e -> EventJson.of(e, mine.get(e.id()))).toList();
        return ApiPage.of(new ResultPage<>(items, 0, Math.max(items.size(), 1), items.size()));
    }

    @PostMapping("/api/v1/sites/{siteId}/events")
    @Operation(
            summary = "Create an event",
            description = "Published at once by the site's staff; proposed for approval by a member where the site"
                    + " allows it. 400 for a past date, an end before the start or a capacity out of 1–5000.")
    ResponseEntity<EventJson> create(
            @Parameter(hidden = true) CurrentUser user, @PathVariable UUID siteId, @RequestBody EventRequest request) {
        EventView made = desk.create(
                user,
                siteId,
                new EventDesk.NewEvent(
                        request.title(),
                        request.description(),
                        request.place(),
                        TypedText.date(request.day(), "community.event.day"),
                        TypedText.time(request.start(), "community.event.start"),
                        TypedText.time(request.end(), "community.event.end"),
                        request.capacity()));
        return ResponseEntity.created(URI.create("/api/v1/events/" + made.id())).body(EventJson.of(made, null));
    }

    @GetMapping("/api/v1/events/{id}")
    @Operation(summary = "One event")
    EventJson event(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        EventView event = events.find(user, id);
        return EventJson.of(event, events.registrationsOf(user, List.of(id)).get(id));
    }

    @PostMapping("/api/v1/events/{id}/registrations")
    @Operation(
            summary = "Register for an event",
            description = "201 with a seat (`REGISTERED`) or a place on the waitlist (`WAITLISTED`, with `position`,"
                    + " 1 being next); 200 with what the caller already has when they registered before.")
    ResponseEntity<RegistrationJson> register(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) RegistrationRequest request) {
        boolean volunteer = request != null && Boolean.TRUE.equals(request.volunteer());
        Events.Answer answer = events.register(user, id, volunteer);
        return ResponseEntity.status(answer.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(RegistrationJson.of(answer.registration()));
    }

    @DeleteMapping("/api/v1/events/{id}/registrations/me")
    @Operation(
            summary = "Give up my seat or place",
            description = "The first one waiting takes a freed seat and is told. 404 without a registration.")
    ResponseEntity<Void> unregister(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        events.unregister(user, id);
        return ResponseEntity.noContent().build();
    }

    // ================================================================ reports

    @PostMapping("/api/v1/sites/{siteId}/reports")
    @Operation(
            summary = "Report a problem in the common spaces",
            description = "A broken light, graffiti, full bins: the site's staff take it from there. A photo can be"
                    + " added from the page.")
    ResponseEntity<ReportJson> report(
            @Parameter(hidden = true) CurrentUser user, @PathVariable UUID siteId, @RequestBody ReportRequest request) {
        ReportView made =
                commonSpaces.report(user, siteId, request.category(), request.description(), request.place(), null);
        return ResponseEntity.status(HttpStatus.CREATED).body(ReportJson.of(made));
    }

    @GetMapping("/api/v1/me/reports")
    @Operation(summary = "My reports", description = "Newest first, with where each stands.")
    ApiPage<ReportJson> myReports(@Parameter(hidden = true) CurrentUser user) {
        List<ReportJson> items =
                commonSpaces.mine(user).stream().map(ReportJson::of).toList();
        return ApiPage.of(new ResultPage<>(items, 0, Math.max(items.size(), 1), items.size()));
    }

    // ================================================================ helpers

    private static ListingJson json(UUID site, Directory.MyListing listing) {
        return new ListingJson(site, listing.listed(), listing.presentation(), listing.skills(), listing.consentedAt());
    }

    /** The site named, or the only one where the caller is a member. */
    private static UUID memberSite(CurrentUser user, UUID siteId) {
        if (siteId != null) {
            return siteId;
        }
        Set<UUID> sites = user.sitesWhere(Role.MEMBER);
        if (sites.size() != 1) {
            throw DomainException.invalid("community.directory.site");
        }
        return sites.iterator().next();
    }
}
