package org.signpost.people.model;

import java.util.Optional;

/**
 * An NHS number: ten digits whose last is a modulus-11 check digit over the first nine (weights
 * 10 down to 2; 11 minus the remainder, 11 becoming 0; a result of 10 is never issued).
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** The ten digits with spaces and hyphens removed, when they form a valid NHS number. */
    public static Optional<String> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s-]", "");
        return digits.matches("\\d{10}") && checkDigitHolds(digits) ? Optional.of(digits) : Optional.empty();
    }

    static boolean checkDigitHolds(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
