package org.signpost.accounts.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.accounts.model.AccountToken;
import org.signpost.accounts.model.TokenPurpose;
import org.signpost.notifications.application.TransactionalEmail;
import org.signpost.platform.errors.ConflictException;
import org.signpost.security.application.UserAccounts;
import org.signpost.security.application.UserDirectory;
import org.signpost.security.model.NewUser;
import org.signpost.security.model.Role;

/**
 * A resident registers: the password is checked and hashed, and a verification link goes to the address. Until the
 * link is opened nothing exists but that link's row (address, password hash, token hash), deleted when it expires;
 * the RESIDENT account is created when it is. The answer is the same whether or not the address has an account.
 */
@Singleton
public class Registrations {

    private final UserAccounts accounts;
    private final UserDirectory users;
    private final AccountTokens tokens;
    private final TransactionalEmail email;
    private final AccountSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    Registrations(UserAccounts accounts, UserDirectory users, AccountTokens tokens, TransactionalEmail email, AccountSettings settings,
            TransactionOperations<Connection> transactions, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.tokens = tokens;
        this.email = email;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void register(String address, String password, String language) {
        String to = Emails.normalise("email", address);
        // checked and hashed whether or not the address is taken: the answer and its timing say nothing
        String hash = accounts.checkedHash("password", password, to);
        if (users.byUsername(to).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        transactions.executeWrite(status -> {
            AccountToken row = AccountToken.issue(TokenPurpose.REGISTRATION, to, language, now, now.plus(settings.verificationTtl()))
                    .withPasswordHash(hash);
            String token = tokens.issue(row);
            email.send(to, "account.verify-email", row.locale(), Map.of("link", settings.link("/account/verify", token)));
            return null;
        });
    }

    /** Opens the link: the RESIDENT account now exists and can sign in. */
    public UUID verify(String token) {
        return transactions.executeWrite(status -> {
            AccountToken row = tokens.redeem(token, Set.of(TokenPurpose.REGISTRATION));
            if (users.byUsername(row.email()).isPresent()) {
                throw new ConflictException("This address is registered already: sign in, or reset the password");
            }
            return accounts.createWithHash(new NewUser(row.email(), "(hashed)", Set.of(Role.RESIDENT), Optional.empty()),
                    row.passwordHash());
        });
    }
}
