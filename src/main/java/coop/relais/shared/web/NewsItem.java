package coop.relais.shared.web;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A piece of news on a home page.
 *
 * @param title its heading
 * @param body its text (plain, line breaks kept)
 * @param publishedOn the day it was published, in the site's zone
 */
public record NewsItem(String title, String body, LocalDate publishedOn) {

    public NewsItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
