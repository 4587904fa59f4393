package coop.relais.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top bar one person sees: at most {@link #FLAT_LIMIT} entries. A person with few links sees
 * them side by side; a person with more sees the groups, a group of one being shown as its link.
 * Exactly one link is the current place: the one whose address is the longest start of the page's.
 *
 * @param entries what the top bar shows, left to right
 */
public record NavigationMenu(List<Entry> entries) {

    /** The most links a top bar shows side by side (DESIGN.md rule 2). */
    public static final int FLAT_LIMIT = 6;

    public static final NavigationMenu EMPTY = new NavigationMenu(List.of());

    public NavigationMenu {
        entries = List.copyOf(entries);
    }

    /**
     * One place in the top bar: a link ({@code href} set, no {@code links}) or a group opening onto
     * its links ({@code href} null).
     *
     * @param messageKey the label's key
     * @param href where the link goes, or null for a group
     * @param current whether the page shown is this link, or one of the group's
     * @param links the group's links, empty for a link
     */
    public record Entry(String messageKey, String href, boolean current, List<Entry> links) {

        public Entry {
            links = List.copyOf(links);
        }

        public boolean isGroup() {
            return href == null;
        }

        static Entry link(NavigationItem item, NavigationItem currentItem) {
            return new Entry(item.messageKey(), item.href(), item == currentItem, List.of());
        }
    }

    /** Builds the top bar of the links a person may follow, for the page at {@code path}. */
    public static NavigationMenu of(List<NavigationItem> visible, String path) {
        List<NavigationItem> items = visible.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        NavigationItem currentItem = items.stream()
                .filter(item -> item.covers(path))
                .max(Comparator.comparingInt(item -> item.href().length()))
                .orElse(null);
        if (items.size() <= FLAT_LIMIT) {
            return new NavigationMenu(
                    items.stream().map(item -> Entry.link(item, currentItem)).toList());
        }
        Map<NavigationGroup, List<NavigationItem>> byGroup = new LinkedHashMap<>();
        for (NavigationItem item : items) {
            byGroup.computeIfAbsent(item.group(), g -> new ArrayList<>()).add(item);
        }
        List<Entry> entries = new ArrayList<>();
        byGroup.forEach((group, links) -> {
            if (links.size() == 1) {
                entries.add(Entry.link(links.get(0), currentItem));
            } else {
                entries.add(new Entry(
                        group.messageKey(),
                        null,
                        links.contains(currentItem),
                        links.stream()
                                .map(item -> Entry.link(item, currentItem))
                                .toList()));
            }
        });
        return new NavigationMenu(entries);
    }
}
