package org.signpost.search.model;

/**
 * Who is searching, which decides what they may see. Residents: active, verified, assured
 * recently enough, open to self-referral. Link workers: also referral-only services, capacity,
 * and listings past their assurance window, flagged stale.
 */
public enum Audience {
    RESIDENT,
    LINK_WORKER
}
