package org.signpost.seeds.oruk;

/** Cuts text to a length, at a word boundary when one is near, marking the cut with an ellipsis. */
final class Truncation {

    private Truncation() {
    }

    static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        int space = text.lastIndexOf(' ', end);
        if (space > limit * 4 / 5) {
            end = space;
        }
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }
}
