package org.signpost.evaluation.application;

/** How an export is written. */
public enum ExportFormat {
    CSV("text/csv"),
    NDJSON("application/x-ndjson");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
