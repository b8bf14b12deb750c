package org.signpost.platform.fuzz;

import java.util.Map;

/** One request the fuzz sends: what it varies (for the report), and the request itself. */
record Probe(String variant, String method, String uri, Map<String, String> headers, byte[] body) {
}
