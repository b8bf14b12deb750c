package org.signpost.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.signpost.testing.Mailbox.Received;

/** Reads the single-use link out of a delivered message, as a person clicking it would. */
final class Links {

    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");

    private Links() {
    }

    static String token(Received mail, String path) {
        assertThat(mail.text()).contains(path + "?token=");
        Matcher m = TOKEN.matcher(mail.text());
        assertThat(m.find()).as("a link with a token in: " + mail.text()).isTrue();
        return m.group(1);
    }

    static String unique(String name) {
        return name + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
