package coop.relais.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** E-mail links are built from the public address in one place. */
class PublicLinksTests {

    @Test
    void aPathFollowsThePublicAddressWithOneSlash() {
        assertThat(PublicLinks.of("https://relais.example.org/").to("/orders/42"))
                .isEqualTo("https://relais.example.org/orders/42");
        assertThat(PublicLinks.of(" https://relais.example.org// ").base()).isEqualTo("https://relais.example.org");
        assertThat(PublicLinks.of("http://localhost:8080").to("/login")).isEqualTo("http://localhost:8080/login");
    }

    @Test
    void aMisconfiguredAddressStopsTheStartRatherThanSendingBrokenLinks() {
        assertThatThrownBy(() -> PublicLinks.of("relais.example.org")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PublicLinks.of("ftp://relais.example.org")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PublicLinks.of("https://relais.example.org").to("orders"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
