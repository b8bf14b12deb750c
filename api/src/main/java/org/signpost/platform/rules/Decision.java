package org.signpost.platform.rules;

/** What a named rule decided, and why when it says no. */
public record Decision(boolean allowed, String reason) {

    private static final Decision ALLOW = new Decision(true, null);

    public static Decision allow() {
        return ALLOW;
    }

    public static Decision deny(String reason) {
        return new Decision(false, reason);
    }

    public boolean denied() {
        return !allowed;
    }
}
