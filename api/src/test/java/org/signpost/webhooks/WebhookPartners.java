package org.signpost.webhooks;

import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.signpost.contract.client.WebhooksApi;
import org.signpost.contract.model.WebhookSubscriptionCreated;
import org.signpost.contract.model.WebhookSubscriptionInput;
import org.signpost.testing.TestDatabase;
import org.signpost.testing.TestUsers;

/** The webhook scenarios' setup: a group of its own, and a partner's endpoint subscribed to it by the group's editor. */
@Singleton
class WebhookPartners {

    private final WebhooksApi webhooks;
    private final TestUsers users;
    private final TestDatabase database;

    WebhookPartners(WebhooksApi webhooks, TestUsers users, TestDatabase database) {
        this.webhooks = webhooks;
        this.users = users;
        this.database = database;
    }

    /** A new organisation, named {@code name} and a unique suffix. */
    UUID group(String name) {
        return database.organisation(name + " " + UUID.randomUUID());
    }

    /** As a new editor of the group (who stays signed in), subscribes the partner; the partner learns the secret. */
    WebhookSubscriptionCreated subscribe(UUID group, PartnerEndpoint partner, UnaryOperator<WebhookSubscriptionInput> details) {
        users.actAsGroupEditorOf(group);
        WebhookSubscriptionCreated created = webhooks.createWebhook(group, details.apply(new WebhookSubscriptionInput(partner.url()))).body();
        partner.secret = created.getSecret();
        return created;
    }

    WebhookSubscriptionCreated subscribe(UUID group, PartnerEndpoint partner) {
        return subscribe(group, partner, UnaryOperator.identity());
    }
}
