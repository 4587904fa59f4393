package coop.relais.desk.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Compares people's names the way a person would: case, accents and extra spaces do not matter. */
final class Names {

    private Names() {}

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
