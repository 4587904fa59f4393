package coop.relais.organisation;

/** The Luhn check used by SIREN and SIRET numbers. */
final class Luhn {

    private Luhn() {}

    static boolean isValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    static boolean allDigits(String value, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Removes the spaces, dots and non-breaking spaces people type inside identifiers. */
    static String compact(String value) {
        return value == null ? "" : value.replaceAll("[\\s\\u00A0\\u202F.-]", "");
    }
}
