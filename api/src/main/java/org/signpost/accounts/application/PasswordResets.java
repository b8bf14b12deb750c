package org.signpost.accounts.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.signpost.accounts.infrastructure.AccountTokenRepository;
import org.signpost.accounts.model.AccountToken;
import org.signpost.accounts.model.TokenPurpose;
import org.signpost.notifications.application.TransactionalEmail;
import org.signpost.security.application.SignIns;
import org.signpost.security.application.UserAccounts;
import org.signpost.security.application.UserDirectory;

/**
 * A forgotten password: a reset link goes to the address when it has an enabled account (the answer is the same
 * when it has not); opening it sets a new password, spends the account's other reset links and ends every sign-in.
 */
@Singleton
public class PasswordResets {

    private final UserDirectory users;
    private final UserAccounts accounts;
    private final SignIns signIns;
    private final AccountTokens tokens;
    private final AccountTokenRepository tokenRows;
    private final TransactionalEmail email;
    private final AccountSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    PasswordResets(UserDirectory users, UserAccounts accounts, SignIns signIns, AccountTokens tokens, AccountTokenRepository tokenRows,
            TransactionalEmail email, AccountSettings settings, TransactionOperations<Connection> transactions, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.signIns = signIns;
        this.tokens = tokens;
        this.tokenRows = tokenRows;
        this.email = email;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void request(String address, String language) {
        String to = Emails.normalise("email", address);
        users.byUsername(to).filter(u -> u.enabled()).ifPresent(user -> transactions.executeWrite(status -> {
            Instant now = clock.instant();
            AccountToken row = AccountToken.issue(TokenPurpose.PASSWORD_RESET, to, language, now, now.plus(settings.resetTtl()))
                    .forUser(user.id());
            String token = tokens.issue(row);
            email.send(to, "account.reset-password", row.locale(), Map.of("link", settings.link("/account/reset", token)));
            return null;
        }));
    }

    public void confirm(String token, String password) {
        transactions.executeWrite(status -> {
            AccountToken row = tokens.redeem(token, Set.of(TokenPurpose.PASSWORD_RESET));
            // a refused password rolls the transaction back: the link stays usable
            accounts.changePassword(row.userId(), password);
            tokenRows.spendOthers(row.userId(), TokenPurpose.PASSWORD_RESET, clock.instant());
            signIns.signOutEverywhere(row.userId());
            return null;
        });
    }
}
