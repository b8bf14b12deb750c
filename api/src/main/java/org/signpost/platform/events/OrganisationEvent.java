package org.signpost.platform.events;

import java.util.UUID;

/**
 * An event about one organisation's business (a referral to one of its services, one of its listings): that
 * organisation's partner systems may hear of it through webhooks. Events without an organisation (an episode with
 * the social prescribing scheme, a resident's invitation) never leave through an organisation's webhooks.
 */
public interface OrganisationEvent {

    UUID organisationId();
}
