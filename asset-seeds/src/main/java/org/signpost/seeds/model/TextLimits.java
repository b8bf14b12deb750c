package org.signpost.seeds.model;

/**
 * Longest text, in characters, that the rules accept for each kind of field. The directory's columns
 * should hold at least this much (a MySQL TEXT column holds 16,383 four-byte characters).
 */
public final class TextLimits {

    /** Names, titles, options, address lines, language names, term codes. */
    public static final int NAME = 255;
    /** Fees, eligibility, alert, schedule and accessibility text, amount descriptions, notes. */
    public static final int NOTE = 2_000;
    /** Service, organisation and location descriptions. */
    public static final int DESCRIPTION = 10_000;
    /** URLs. */
    public static final int URL = 2_048;
    /** Email addresses (RFC 5321 path limit). */
    public static final int EMAIL = 254;
    /** Phone numbers, postcodes, country and currency codes, byday/bymonthday. */
    public static final int CODE = 50;

    private TextLimits() {
    }
}
