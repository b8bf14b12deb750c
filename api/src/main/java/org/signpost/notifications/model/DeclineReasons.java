package org.signpost.notifications.model;

import java.util.Map;

/** The words for a decline reason code in a message, in English and Welsh (an unknown code reads as "other"). */
public final class DeclineReasons {

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            MessageTemplate.ENGLISH, Map.of(
                    "no_capacity", "they have no places at the moment",
                    "not_eligible", "the person is not eligible for the service",
                    "could_not_contact", "they could not contact the person",
                    "no_longer_interested", "the person is no longer interested",
                    "other", "another reason (see the referral)"),
            MessageTemplate.WELSH, Map.of(
                    "no_capacity", "nid oes ganddynt leoedd ar hyn o bryd",
                    "not_eligible", "nid yw'r person yn gymwys ar gyfer y gwasanaeth",
                    "could_not_contact", "ni allent gysylltu â'r person",
                    "no_longer_interested", "nid oes gan y person ddiddordeb mwyach",
                    "other", "rheswm arall (gweler yr atgyfeiriad)"));

    private DeclineReasons() {
    }

    public static String wording(String code, String language) {
        Map<String, String> words = WORDS.getOrDefault(language, WORDS.get(MessageTemplate.ENGLISH));
        return words.getOrDefault(code == null ? "other" : code, words.get("other"));
    }
}
