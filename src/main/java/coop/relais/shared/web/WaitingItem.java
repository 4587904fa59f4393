package coop.relais.shared.web;

import java.util.Objects;

/**
 * Something waiting for the person signed in ("3 colis vous attendent"), shown first on their home
 * page (DESIGN.md rule 4) as a link to where they deal with it.
 *
 * @param messageKey the words, a choice format taking the count as its one argument
 * @param count how many; an item with none is not shown
 * @param href where the person deals with it
 * @param urgent said in words and shown first (late orders, a quote to answer)
 */
public record WaitingItem(String messageKey, long count, String href, boolean urgent) {

    public WaitingItem {
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(href, "href");
    }
}
