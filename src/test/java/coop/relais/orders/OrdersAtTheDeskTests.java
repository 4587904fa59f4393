package coop.relais.orders;

import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUserSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The staff home's counts are the board's columns, counted without building the board. */
@SpringBootTest
class OrdersAtTheDeskTests {

    @Autowired
    OrdersAtTheDesk waiting;

    @Autowired
    OrderManagement orders;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    private CurrentUser demo(String email) {
        return ((CurrentUserSource) users.loadUserByUsername(email)).currentUser();
    }

    private void assertCountsAreTheBoards(CurrentUser concierge) {
        DeskBoard board = waiting.board(concierge, SITE_BASTIDE);
        assertThat(waiting.counts(concierge, SITE_BASTIDE))
                .isEqualTo(new OrdersAtTheDesk.Counts(
                        board.late().size(),
                        board.toAccept().size(),
                        board.toDispatch().size()));
    }

    @Test
    void theCountsAreTheBoardsColumnsAndFollowANewOrder() {
        CurrentUser concierge = demo("concierge@relais.test");
        assertCountsAreTheBoards(concierge);
        assertThat(waiting.counts(concierge, SITE_BASTIDE).late()).isPositive();
        long before = waiting.counts(concierge, SITE_BASTIDE).toAccept();

        orders.place(
                new TestPeople(accounts, passwords).member(SITE_BASTIDE),
                new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, null));

        assertThat(waiting.counts(concierge, SITE_BASTIDE).toAccept()).isEqualTo(before + 1);
        assertCountsAreTheBoards(concierge);
    }

    @Test
    void onlyTheSitesStaffGetThem() {
        assertThatThrownBy(() -> waiting.counts(demo("concierge2@relais.test"), SITE_BASTIDE))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> waiting.counts(demo("habitant@relais.test"), SITE_BASTIDE))
                .isInstanceOf(NotFoundException.class);
    }
}
