package coop.relais.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationMenuTests {

    private static NavigationItem item(String href, NavigationGroup group, int order) {
        return new NavigationItem("key" + href, href, group, order, user -> true);
    }

    private static List<NavigationItem> counter() {
        return List.of(
                item("/catalogue", NavigationGroup.SERVICES, 20),
                item("/orders/board", NavigationGroup.COUNTER, 31),
                item("/desk", NavigationGroup.COUNTER, 40),
                item("/desk/parcels", NavigationGroup.COUNTER, 41));
    }

    @Test
    void aFewLinksShowSideBySideWithTheLongestMatchAsTheOnlyCurrentOne() {
        NavigationMenu menu = NavigationMenu.of(counter(), "/desk/parcels/123");
        assertThat(menu.entries())
                .extracting(NavigationMenu.Entry::href)
                .containsExactly("/catalogue", "/orders/board", "/desk", "/desk/parcels");
        assertThat(menu.entries())
                .filteredOn(NavigationMenu.Entry::current)
                .extracting(NavigationMenu.Entry::href)
                .containsExactly("/desk/parcels");
    }

    @Test
    void aLinkIsNotCurrentOnAPageThatOnlySharesTheStartOfItsName() {
        NavigationMenu menu = NavigationMenu.of(
                List.of(
                        item("/orders", NavigationGroup.SERVICES, 1),
                        item("/orders/board", NavigationGroup.COUNTER, 2)),
                "/orders-archive");
        assertThat(menu.entries()).noneMatch(NavigationMenu.Entry::current);
        assertThat(NavigationMenu.of(List.of(item("/", NavigationGroup.SERVICES, 1)), "/desk")
                        .entries())
                .noneMatch(NavigationMenu.Entry::current);
    }

    @Test
    void moreThanSixLinksAreGroupedAndAGroupOfOneShowsAsItsLink() {
        List<NavigationItem> items = new ArrayList<>(counter());
        items.add(item("/desk/requests", NavigationGroup.COUNTER, 42));
        items.add(item("/desk/journal", NavigationGroup.COUNTER, 43));
        items.add(item("/admin/sites", NavigationGroup.ADMINISTRATION, 80));
        NavigationMenu menu = NavigationMenu.of(items, "/desk/journal");

        assertThat(menu.entries()).hasSize(3);
        assertThat(menu.entries().get(0).href()).isEqualTo("/catalogue");
        NavigationMenu.Entry counter = menu.entries().get(1);
        assertThat(counter.isGroup()).isTrue();
        assertThat(counter.messageKey()).isEqualTo("layout.group.COUNTER");
        assertThat(counter.current()).isTrue();
        assertThat(counter.links())
                .extracting(NavigationMenu.Entry::href)
                .containsExactly("/orders/board", "/desk", "/desk/parcels", "/desk/requests", "/desk/journal");
        assertThat(counter.links()).filteredOn(NavigationMenu.Entry::current).hasSize(1);
        assertThat(menu.entries().get(2).href()).isEqualTo("/admin/sites");
        assertThat(menu.entries().get(2).current()).isFalse();
    }

    @Test
    void everyGroupOfEveryModuleFitsTheTopBar() {
        assertThat(NavigationGroup.values()).hasSizeLessThanOrEqualTo(NavigationMenu.FLAT_LIMIT);
    }
}
