package coop.relais.identity;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.PeopleSearch;
import coop.relais.orders.TestPeople;
import coop.relais.shared.security.CurrentUser;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A search for people takes the typed text literally: "%" and "_" are characters, not wildcards. */
@SpringBootTest
class LikeSearchTests {

    @Autowired
    AccountRepository accounts;

    @Autowired
    PeopleSearch people;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void wildcardsAreSearchedAsTheyAreTyped() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CurrentUser underscore = new TestPeople(accounts, passwords).create("jo_" + tag);
        CurrentUser plain = new TestPeople(accounts, passwords).create("joa" + tag);

        assertThat(people.search("jo_" + tag, 0, 100).items())
                .extracting(AccountRepository.AccountDetails::id)
                .containsExactly(underscore.accountId());
        assertThat(people.search("jo%" + tag, 0, 100).items()).isEmpty();
        assertThat(people.search("joa" + tag, 0, 100).items())
                .extracting(AccountRepository.AccountDetails::id)
                .containsExactly(plain.accountId());
        assertThat(people.search("%%%", 0, 100).total()).isZero();
    }
}
