package org.signpost.directory.web;

import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.PreconditionRequiredException;

/** Versions on the wire: {@code ETag: "7"} out, {@code If-Match: "7"} back. */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match names: missing is 428 (a blind write could overwrite someone's change), malformed is 400. */
    static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw new PreconditionRequiredException("Send If-Match with the ETag of the version your change starts from");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be an ETag from a GET, such as \"3\"");
        }
    }
}
