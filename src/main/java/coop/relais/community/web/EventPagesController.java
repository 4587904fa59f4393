package coop.relais.community.web;

import coop.relais.community.EventCalendar;
import coop.relais.community.EventDesk;
import coop.relais.community.EventView;
import coop.relais.community.Events;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.TypedText;
import coop.relais.shared.web.Flash;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The events of the site: what is coming with its seats, registering or joining the waitlist, giving up one's
 * place; for the staff, creating and cancelling events, approving members' proposals, and taking attendance at
 * the door.
 */
@Controller
class EventPagesController {

    private final Events events;
    private final EventDesk desk;
    private final Clock clock;

    EventPagesController(Events events, EventDesk desk, Clock clock) {
        this.events = events;
        this.desk = desk;
        this.clock = clock;
    }

    @GetMapping("/community/events")
    String list(CurrentUser user, Model model) {
        UUID site = CommunityWebConfiguration.site(user);
        List<EventView> upcoming = events.upcoming(user, site);
        model.addAttribute("events", upcoming);
        model.addAttribute(
                "mine",
                events.registrationsOf(
                        user, upcoming.stream().map(EventView::id).toList()));
        model.addAttribute("staff", user.worksAt(site));
        model.addAttribute("mayPropose", events.mayPropose(user, site));
        model.addAttribute("manager", user.manages(site));
        model.addAttribute("membersPropose", events.membersPropose(site));
        return "community/events";
    }

    @GetMapping("/community/events/past")
    String past(CurrentUser user, Model model) {
        UUID site = CommunityWebConfiguration.site(user);
        model.addAttribute("events", events.past(user, site, 100));
        return "community/events-past";
    }

    @GetMapping("/community/events/{id}")
    String event(CurrentUser user, @PathVariable UUID id, Model model) {
        EventView event = events.find(user, id);
        model.addAttribute("event", event);
        model.addAttribute("mine", events.registrationsOf(user, List.of(id)).get(id));
        boolean staff = user.worksAt(event.siteId());
        model.addAttribute("staff", staff);
        model.addAttribute("started", !clock.instant().isBefore(event.startsAt()));
        if (staff) {
            model.addAttribute("attendees", events.attendees(user, id));
        }
        return "community/event";
    }

    @GetMapping("/community/events/{id}/calendar")
    ResponseEntity<byte[]> calendar(CurrentUser user, @PathVariable UUID id) {
        EventView event = events.find(user, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/calendar; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evenement.ics\"")
                .body(EventCalendar.of(event, clock.instant()).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/community/events")
    String create(
            CurrentUser user,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String start,
            @RequestParam(required = false) String end,
            @RequestParam(required = false) String capacity,
            RedirectAttributes redirect) {
        UUID site = CommunityWebConfiguration.site(user);
        redirect.addFlashAttribute("typed", new TypedEvent(title, description, place, day, start, end, capacity));
        String target = Flash.attempt(redirect, "/community/events", "community.flash.created", () -> {
            EventView made = desk.create(
                    user,
                    site,
                    new EventDesk.NewEvent(
                            title,
                            description,
                            place,
                            TypedText.date(day, "community.event.day"),
                            TypedText.time(start, "community.event.start"),
                            TypedText.time(end, "community.event.end"),
                            Typed.number(capacity, "community.event.capacity")));
            redirect.getFlashAttributes().remove("typed");
            return new Object[] {made.title(), made.status() == coop.relais.community.EventStatus.PUBLISHED ? 1 : 0};
        });
        return target;
    }

    /** What was typed in the event form, given back when it is refused. */
    record TypedEvent(
            String title, String description, String place, String day, String start, String end, String capacity)
            implements java.io.Serializable {}

    @PostMapping("/community/events/{id}/registrations")
    String register(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) boolean volunteer,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return Flash.attempt(redirect, back(back, id), "community.flash.registered", () -> {
            Events.Answer answer = events.register(user, id, volunteer);
            var r = answer.registration();
            return new Object[] {r.status().ordinal(), r.position() == null ? 0 : r.position()};
        });
    }

    @PostMapping("/community/events/{id}/registrations/cancel")
    String unregister(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return Flash.done(redirect, back(back, id), "community.flash.unregistered", () -> {
            events.unregister(user, id);
        });
    }

    @PostMapping("/community/events/settings")
    String settings(
            CurrentUser user, @RequestParam(required = false) boolean membersPropose, RedirectAttributes redirect) {
        UUID site = CommunityWebConfiguration.site(user);
        return Flash.attempt(redirect, "/community/events", "community.flash.settings", () -> {
            desk.letMembersPropose(user, site, membersPropose);
            return new Object[] {membersPropose ? 1 : 0};
        });
    }

    @PostMapping("/community/events/{id}/decision")
    String decide(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String decision,
            RedirectAttributes redirect) {
        boolean approve = "approve".equals(decision);
        return Flash.attempt(
                redirect, "/community/events", approve ? "community.flash.approved" : "community.flash.declined", () ->
                        new Object[] {desk.decide(user, id, approve).title()});
    }

    @PostMapping("/community/events/{id}/cancel")
    String cancel(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return Flash.attempt(redirect, "/community/events/" + id, "community.flash.cancelled", () ->
                new Object[] {desk.cancel(user, id).title()});
    }

    @PostMapping("/community/events/{id}/attendance")
    String attendance(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String registration,
            @RequestParam(required = false) String present,
            RedirectAttributes redirect) {
        return Flash.done(redirect, "/community/events/" + id, "community.flash.attendance", () -> {
            UUID registrationId = Typed.id(registration, "community.attendance.who");
            if (registrationId == null) {
                throw coop.relais.shared.DomainException.invalid("community.attendance.who");
            }
            desk.attendance(user, id, registrationId, "true".equals(present));
        });
    }

    /** Back to the list or to the event's page, never elsewhere. */
    private static String back(String back, UUID id) {
        return "list".equals(back) ? "/community/events" : "/community/events/" + id;
    }
}
