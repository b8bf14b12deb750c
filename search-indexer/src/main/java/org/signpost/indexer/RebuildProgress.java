package org.signpost.indexer;

/** Where a rebuild is: for the admin endpoint and the logs. */
public record RebuildProgress(String state, String targetIndex, long services, long documents, long elapsedMillis,
        String error) {

    static RebuildProgress idle() {
        return new RebuildProgress("idle", null, 0, 0, 0, null);
    }

    static RebuildProgress running(String target, long services, long documents, long startedNanos) {
        return new RebuildProgress("running", target, services, documents, since(startedNanos), null);
    }

    static RebuildProgress done(String target, long services, long documents, long startedNanos) {
        return new RebuildProgress("done", target, services, documents, since(startedNanos), null);
    }

    static RebuildProgress failed(String target, String error, long startedNanos) {
        return new RebuildProgress("failed", target, 0, 0, since(startedNanos), error);
    }

    public long documentsPerSecond() {
        return elapsedMillis == 0 ? 0 : documents * 1000 / elapsedMillis;
    }

    private static long since(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
