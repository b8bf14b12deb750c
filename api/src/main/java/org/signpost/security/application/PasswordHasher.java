package org.signpost.security.application;

/** A deliberately slow, salted password hash. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
