package org.signpost.people.model;

import java.util.Optional;

/**
 * An NHS number: ten digits whose last is a modulus-11 check digit over the first nine (weights
 * 10 down to 2; 11 minus the remainder, 11 becoming 0; a result of 10 is never issued). Ten of
 * the same digit ({@code 0000000000}, {@code 1111111111}...) pass that check trivially but are
 * placeholders typed to get past a form, never issued: they are refused too.
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
        return digits.matches("\\d{10}") && !allOneDigit(digits) && checkDigitHolds(digits) ? Optional.of(digits) : Optional.empty();
    }

    /** A placeholder such as 0000000000 or 9999999999: every digit the same. */
    static boolean allOneDigit(String digits) {
        return digits.chars().allMatch(c -> c == digits.charAt(0));
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
