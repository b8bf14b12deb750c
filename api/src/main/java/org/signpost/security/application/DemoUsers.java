package org.signpost.security.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.security.model.NewUser;
import org.signpost.security.model.Role;

/**
 * Dev only ({@code signpost.demo-users.enabled}, set by application-dev.yml): one user per role,
 * {@code <role>@demo.signpost}, so every flow can be tried by hand. The GROUP_EDITOR is bound to
 * the first organisation by name that has a published listing (any organisation when none has), again on every start, and
 * is skipped when the directory has none yet. {@code referral.application.DemoScheme} then puts the link worker and the
 * coordinator in a demo scheme with a few residents. The password is
 * {@code SIGNPOST_DEMO_PASSWORD}, or a random one printed once to the console at start (never to
 * the log); each start resets the demo users' passwords.
 * Runs late among start-up listeners so a seed import that runs on start comes first.
 */
@Singleton
@Order(1000)
@Requires(property = "signpost.demo-users.enabled", value = "true")
public class DemoUsers implements ApplicationEventListener<StartupEvent> {

    public static final String DOMAIN = "@demo.signpost";

    private final UserAccounts accounts;
    private final OrganisationLookup organisations;
    private final String configuredPassword;

    DemoUsers(UserAccounts accounts, OrganisationLookup organisations, @Value("${signpost.demo.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        if (!generated && password.length() < 12) {
            throw new IllegalStateException("SIGNPOST_DEMO_PASSWORD must be at least 12 characters");
        }
        StringBuilder made = new StringBuilder();
        for (Role role : Role.values()) {
            Optional<UUID> organisation = Optional.empty();
            if (role == Role.GROUP_EDITOR) {
                organisation = organisations.anyOrganisation();
                if (organisation.isEmpty()) {
                    continue;
                }
            }
            String username = username(role);
            accounts.createOrResetPassword(new NewUser(username, password, Set.of(role), organisation));
            made.append("    ").append(username).append('\n');
        }
        System.out.println();
        System.out.println("Demo users (dev only):");
        System.out.print(made);
        System.out.println(generated
                ? "  Password (random, shown only now; set SIGNPOST_DEMO_PASSWORD to choose one): " + password
                : "  Password: the value of SIGNPOST_DEMO_PASSWORD");
    }

    public static String username(Role role) {
        return role.name().toLowerCase().replace('_', '-') + DOMAIN;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
