package org.signpost.security.model;

/** Why a sign-in ended before its absolute expiry; stored with it. */
public enum SignInEnd {
    /** The user signed out of this sign-in. */
    SIGNED_OUT,
    /** The user signed out everywhere, or an admin signed them out. */
    SIGNED_OUT_EVERYWHERE,
    /** A spent refresh token came back: whoever holds the sign-in's tokens may be an attacker. */
    REFRESH_TOKEN_REUSED,
    /** An admin disabled the user. */
    USER_DISABLED
}
