package org.signpost.search.application;

/** The search index did not answer (in time): the caller may retry. Becomes a 503. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String detail) {
        super(detail);
    }
}
