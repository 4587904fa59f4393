package coop.relais.desk.internal;

import coop.relais.shared.text.Folding;

/** Compares people's names the way a person would: case, accents and extra spaces do not matter. */
final class Names {

    private Names() {}

    static String key(String name) {
        return Folding.nameKey(name);
    }
}
