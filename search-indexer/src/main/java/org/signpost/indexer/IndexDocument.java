package org.signpost.indexer;

import java.util.Map;

/** One search document: its id, the service it belongs to, and its JSON source. */
public record IndexDocument(String id, String serviceId, Map<String, Object> source) {
}
