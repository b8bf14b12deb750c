package org.signpost.notifications.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.signpost.notifications.model.ChannelChoice.Channel;
import org.signpost.notifications.model.MessageTemplate;
import org.signpost.notifications.model.WhoHearsWhat;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/**
 * A person's choices: the channel (email, SMS where a number is held, none), the language, and which messages that are
 * not essential they turned off; and the one-click unsubscribe a signed token allows without signing in.
 */
@Singleton
public class NotificationPreferences {

    public static final Set<String> LANGUAGES = Set.of(MessageTemplate.ENGLISH, MessageTemplate.WELSH);

    /** One message a person can be sent. */
    public record Topic(String key, boolean essential, boolean subscribed) {
    }

    /** What the person sees and edits. */
    public record View(Channel channel, String phone, String language, List<Topic> topics) {
    }

    private final PreferenceStore store;
    private final MessageTemplates templates;
    private final UnsubscribeTokens tokens;
    private final Clock clock;

    NotificationPreferences(PreferenceStore store, MessageTemplates templates, UnsubscribeTokens tokens, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.tokens = tokens;
        this.clock = clock;
    }

    public View view(Actor actor) {
        return view(actor, store.get(actor.userId()));
    }

    public View update(Actor actor, Channel channel, String phone, String language, List<String> unsubscribed) {
        String number = phone == null || phone.isBlank() ? null : phone.replace(" ", "");
        if (channel == Channel.SMS && number == null) {
            throw new InvalidInputException("phone", "is needed to be sent text messages: give a number or choose email");
        }
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "must be en or cy");
        }
        List<String> mine = topics(actor);
        Set<String> off = new LinkedHashSet<>();
        for (String key : unsubscribed) {
            if (!mine.contains(key)) {
                throw new InvalidInputException("unsubscribed", key + " is not a message you can be sent: choose from " + mine);
            }
            if (templates.get(key).essential()) {
                throw new InvalidInputException("unsubscribed", key + " is essential and cannot be turned off");
            }
            off.add(key);
        }
        PreferenceStore.Stored stored = new PreferenceStore.Stored(channel, number, language, off);
        store.save(actor.userId(), stored, clock.instant());
        return view(actor, stored);
    }

    /** Turns off the message a one-click unsubscribe token names; answers its template key. */
    public String unsubscribe(String token) {
        UnsubscribeTokens.Unsubscribe what = tokens.read(token)
                .orElseThrow(() -> new InvalidInputException("token", "is not an unsubscribe link this service sent"));
        boolean essential = templates.find(what.template()).map(MessageTemplate::essential).orElse(true);
        if (essential) {
            throw new InvalidInputException("token", "names a message that cannot be turned off");
        }
        try {
            store.optOut(what.userId(), what.template(), clock.instant());
        } catch (RuntimeException e) { // the account is gone: nothing will be sent to it anyway
            if (!(e.getCause() instanceof java.sql.SQLIntegrityConstraintViolationException)) {
                throw e;
            }
        }
        return what.template();
    }

    private View view(Actor actor, PreferenceStore.Stored stored) {
        List<Topic> topics = new ArrayList<>();
        for (String key : topics(actor)) {
            boolean essential = templates.get(key).essential();
            topics.add(new Topic(key, essential, essential || !stored.optedOut().contains(key)));
        }
        return new View(stored.channel(), stored.phone(), stored.language(), topics);
    }

    private static List<String> topics(Actor actor) {
        return WhoHearsWhat.topicsFor(actor.roles().stream().map(Role::name).toList());
    }

}
