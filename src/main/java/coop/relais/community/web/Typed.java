package coop.relais.community.web;

import coop.relais.shared.DomainException;
import java.util.UUID;

/** What the community's forms read from text besides dates and choices: numbers and ids, refused with a clear message. */
final class Typed {

    private Typed() {}

    static Integer number(String typed, String key) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (!text.matches("\\d{1,6}")) {
            throw DomainException.invalid(key, 5000);
        }
        return Integer.valueOf(text);
    }

    static UUID id(String typed, String key) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(typed.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(key);
        }
    }
}
