package org.signpost.webhooks.model;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.signpost.platform.events.OrganisationEvent;
import org.signpost.platform.events.PlatformEvent;

/**
 * What an organisation's webhooks may hear: events about that organisation's own business (an
 * {@link OrganisationEvent}: referrals to its services, its listings) and nothing else. A referral still in draft is
 * the referrer's alone: a group never sees one through the API, so never through a webhook either.
 */
public final class WebhookEventPolicy {

    private WebhookEventPolicy() {
    }

    /** The organisation whose subscriptions may hear this event, if any. */
    public static Optional<UUID> audience(PlatformEvent event) {
        if (event instanceof PlatformEvent.ReferralDrafted || !(event instanceof OrganisationEvent about)) {
            return Optional.empty();
        }
        return Optional.ofNullable(about.organisationId());
    }

    /** A subscription with no filter hears every event its organisation may; with one, only those types. */
    public static boolean selected(Collection<String> filter, String type) {
        return filter.isEmpty() || filter.contains(type);
    }
}
