package coop.relais.billing.web;

/** The {@code before} of a page of older lines, read leniently: anything that is not a position shows the newest. */
final class Positions {

    private Positions() {}

    static Long parse(String before) {
        if (before == null || !before.strip().matches("\\d{1,18}")) {
            return null;
        }
        long value = Long.parseLong(before.strip());
        return value < 1 ? null : value;
    }
}
