package coop.relais.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTests {

    @Test
    void tokensCarry256RandomBitsInUrlSafeText() {
        String token = Tokens.generate();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        Set<String> many = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            many.add(Tokens.generate());
        }
        assertThat(many).hasSize(1000);
    }

    @Test
    void apiTokensAreRecognisable() {
        String token = Tokens.generateApiToken();
        assertThat(token).startsWith("rls_").hasSize(47);
        assertThat(Tokens.looksLikeToken(token.substring(4))).isTrue();
    }

    @Test
    void theHashIsSha256HexAndNeverTheTokenItself() {
        // SHA-256("abc"), from FIPS 180-2.
        assertThat(Tokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = Tokens.generate();
        assertThat(Tokens.hash(token)).hasSize(64).isEqualTo(Tokens.hash(token)).doesNotContain(token);
        assertThat(Tokens.hash(token)).isNotEqualTo(Tokens.hash(Tokens.generate()));
    }

    @Test
    void garbageIsNotEvenLookedUp() {
        assertThat(Tokens.looksLikeToken(null)).isFalse();
        assertThat(Tokens.looksLikeToken("short")).isFalse();
        assertThat(Tokens.looksLikeToken("x".repeat(101))).isFalse();
        assertThat(Tokens.looksLikeToken("<script>alert(1)</script>-------------------------"))
                .isFalse();
    }
}
