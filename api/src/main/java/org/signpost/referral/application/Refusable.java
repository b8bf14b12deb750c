package org.signpost.referral.application;

/**
 * What a write transaction decided: its result, or a refusal (who or what was refused, and why)
 * that the caller audits once the transaction has ended. A refusal is returned, not thrown, so
 * the transaction that checked it writes nothing and the denial is still recorded.
 *
 * @param <R> the result
 * @param <S> the subject of a refusal
 */
record Refusable<R, S>(R result, S refused, String reason) {

    static <R, S> Refusable<R, S> done(R result) {
        return new Refusable<>(result, null, null);
    }

    static <R, S> Refusable<R, S> refuse(S subject, String reason) {
        return new Refusable<>(null, subject, reason);
    }

    boolean isRefused() {
        return reason != null;
    }
}
