package coop.relais.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private static final String EMAIL = "lucie.martin@exemple.test";

    @Test
    void acceptsALongEnoughSentence() {
        assertThat(PasswordPolicy.violation("trois petits chats", EMAIL)).isEmpty();
        assertThat(PasswordPolicy.violation("a".repeat(128), EMAIL)).isEmpty();
    }

    @Test
    void refusesShortEmptyAndTooLongPasswords() {
        assertThat(PasswordPolicy.violation("court-11car", EMAIL)).contains("identity.password.tooShort");
        assertThat(PasswordPolicy.violation("", EMAIL)).contains("identity.password.required");
        assertThat(PasswordPolicy.violation("   ", EMAIL)).contains("identity.password.required");
        assertThat(PasswordPolicy.violation(null, EMAIL)).contains("identity.password.required");
        assertThat(PasswordPolicy.violation("a".repeat(129), EMAIL)).contains("identity.password.tooLong");
        assertThat(PasswordPolicy.violation("x".repeat(10_000), EMAIL)).contains("identity.password.tooLong");
    }

    @Test
    void countsCharactersNotBytes() {
        // 12 accented letters: long enough even though more than 12 bytes in UTF-8.
        assertThat(PasswordPolicy.violation("éééééééééééé", EMAIL)).isEmpty();
        assertThat(PasswordPolicy.violation("ééééééééééé", EMAIL)).contains("identity.password.tooShort");
    }

    @Test
    void refusesTheEmailOrItsLocalPartWhateverTheCase() {
        assertThat(PasswordPolicy.violation(EMAIL, EMAIL)).contains("identity.password.containsEmail");
        assertThat(PasswordPolicy.violation("LUCIE.MARTIN@EXEMPLE.TEST", EMAIL))
                .contains("identity.password.containsEmail");
        assertThat(PasswordPolicy.violation("Lucie.Martin2026!", EMAIL)).contains("identity.password.containsEmail");
        assertThat(PasswordPolicy.violation("mon-lucie.martin-secret", EMAIL))
                .contains("identity.password.containsEmail");
    }

    @Test
    void aVeryShortLocalPartDoesNotForbidEveryPassword() {
        assertThat(PasswordPolicy.violation("joyeux anniversaire", "jo@exemple.test"))
                .isEmpty();
    }

    @Test
    void checkRefusesOnTheNamedField() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "court", EMAIL))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("password");
                    assertThat(refusal.messageKey()).isEqualTo("identity.password.tooShort");
                });
    }
}
