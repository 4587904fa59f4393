package coop.relais.notification.web;

import coop.relais.notification.internal.NoticePage;
import coop.relais.notification.internal.NoticeView;
import coop.relais.notification.internal.NotificationCentre;
import coop.relais.shared.paging.ApiPage;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notices, for client systems and mobile apps. */
@RestController
@RequestMapping("/api/v1/me/notifications")
@Tag(name = "Notifications", description = "The caller's in-app notices")
class NotificationApiController {

    /** A notice, its text in the caller's language (their account's language). */
    record NoticeJson(
            UUID id, String text, String link, String category, Instant createdAt, Instant readAt, boolean read) {

        static NoticeJson of(NoticeView view) {
            return new NoticeJson(
                    view.id(), view.text(), view.link(), view.category(), view.createdAt(), view.readAt(), view.read());
        }
    }

    /** One page of notices, newest first, with the total and the number still unread. */
    /** The API's page shape ({@link ApiPage}) with the count of unread notices. */
    record NoticePageJson(List<NoticeJson> items, int page, int size, long totalItems, int totalPages, long unread) {

        static NoticePageJson of(NoticePage notices) {
            ApiPage<NoticeJson> page = ApiPage.of(notices.notices(), NoticeJson::of);
            return new NoticePageJson(
                    page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(), notices.unread());
        }
    }

    private final NotificationCentre centre;

    NotificationApiController(NotificationCentre centre) {
        this.centre = centre;
    }

    @GetMapping
    @Operation(summary = "The caller's notices, newest first (paged)")
    NoticePageJson list(
            CurrentUser user,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(100_000)
                    int page,
            @Parameter(description = "page size, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(100)
                    int size) {
        NoticePage notices = centre.page(user, page, size, user.locale());
        return NoticePageJson.of(notices);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Marks one of the caller's notices as read (404 for any other id)")
    NoticeJson markRead(CurrentUser user, @PathVariable UUID id) {
        return NoticeJson.of(centre.markRead(user, id, user.locale()));
    }
}
