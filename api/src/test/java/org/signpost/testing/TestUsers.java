package org.signpost.testing;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.contract.client.AuthApi;
import org.signpost.contract.model.LoginRequest;
import org.signpost.contract.model.TokenResponse;
import org.signpost.security.application.UserAccounts;
import org.signpost.security.model.NewUser;
import org.signpost.security.model.Role;

/** Makes users with unique names and signs them in through the real API. */
@Singleton
public class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    private final UserAccounts accounts;
    private final AuthApi auth;
    private final TestDatabase database;

    TestUsers(UserAccounts accounts, AuthApi auth, TestDatabase database) {
        this.accounts = accounts;
        this.auth = auth;
        this.database = database;
    }

    /** A user with that role; a GROUP_EDITOR is bound to a new organisation of their own. */
    public String create(Role role) {
        return create(role, role == Role.GROUP_EDITOR ? Optional.of(database.organisation("Test group " + UUID.randomUUID()))
                : Optional.empty());
    }

    public String create(Role role, Optional<UUID> organisation) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.signpost";
        accounts.create(new NewUser(username, PASSWORD, Set.of(role), organisation));
        return username;
    }

    public TokenResponse signIn(String username) {
        return auth.login(new LoginRequest(username, PASSWORD));
    }

    /** Creates a group editor for that organisation, signs in, and makes the client send their token. */
    public TokenResponse actAsGroupEditorOf(UUID organisation) {
        TokenResponse tokens = signIn(create(Role.GROUP_EDITOR, Optional.of(organisation)));
        Bearer.use(tokens.getAccessToken());
        return tokens;
    }

    /** Creates a user with that role, signs in, and makes the client send their token. */
    public TokenResponse actAs(Role role) {
        TokenResponse tokens = signIn(create(role));
        Bearer.use(tokens.getAccessToken());
        return tokens;
    }
}
