package org.signpost.directory.model;

/** A new listing is a draft until a coordinator or admin verifies it. */
public enum Verification {
    DRAFT,
    VERIFIED;

    public String wire() {
        return name().toLowerCase();
    }
}
