package org.signpost.platform.errors;

/** Credentials were missing, wrong, expired or revoked. The detail never says which. */
public class AuthenticationFailedException extends RuntimeException {

    public AuthenticationFailedException(String detail) {
        super(detail);
    }
}
