package org.signpost.security.application;

import jakarta.inject.Singleton;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Bounds how many password checks (bcrypt, deliberately slow) run at once, so sign-ins can use at
 * most that many processors and the rest of the API keeps answering during a flood. A sign-in
 * that finds no free check within the wait is refused (503 with Retry-After) rather than queued.
 */
@Singleton
class PasswordCheckGate {

    private final Semaphore permits;
    private final long waitNanos;

    PasswordCheckGate(SignInThrottleSettings settings) {
        this.permits = new Semaphore(settings.passwordCheckPermits(), true);
        this.waitNanos = settings.passwordCheckWait().toNanos();
    }

    boolean check(BooleanSupplier passwordCheck) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new TooManyAttemptsException("Too many sign-ins are being checked; try again in a moment",
                    java.time.Duration.ofSeconds(1), true);
        }
        try {
            return passwordCheck.getAsBoolean();
        } finally {
            permits.release();
        }
    }
}
