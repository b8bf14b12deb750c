package org.signpost.search.model;

/** An autocomplete suggestion: a need (with its code) or a service or organisation name (with a service id). */
public record NameSuggestion(String text, Kind kind, String needCode, String serviceId) {

    public enum Kind {
        NEED,
        SERVICE,
        ORGANISATION
    }
}
