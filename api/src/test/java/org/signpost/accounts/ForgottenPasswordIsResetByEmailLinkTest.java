package org.signpost.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.AccountsApi;
import org.signpost.contract.client.AuthApi;
import org.signpost.contract.model.LoginRequest;
import org.signpost.contract.model.PasswordResetRequest;
import org.signpost.contract.model.PasswordWithToken;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.RefreshRequest;
import org.signpost.contract.model.TokenResponse;
import org.signpost.security.application.UserAccounts;
import org.signpost.security.model.NewUser;
import org.signpost.security.model.Role;
import org.signpost.testing.Mailbox;
import org.signpost.testing.Mailbox.Received;

/** A forgotten password is reset through a single-use emailed link, which ends every sign-in of the account. */
@MicronautTest(transactional = false)
class ForgottenPasswordIsResetByEmailLinkTest {

    static final String OLD = "the old forgotten phrase";
    static final String NEW = "a brand new memorable phrase";

    @Inject
    AccountsApi accounts;

    @Inject
    AuthApi auth;

    @Inject
    UserAccounts users;

    @Test
    void theLinkSetsANewPasswordOnceAndEndsEverySignIn() {
        String email = Links.unique("forgetful");
        users.create(new NewUser(email, OLD, Set.of(Role.RESIDENT), Optional.empty()));
        TokenResponse before = auth.login(new LoginRequest(email, OLD));

        assertThat(accounts.requestPasswordReset(new PasswordResetRequest(email)).getStatus().getCode()).isEqualTo(202);
        Received mail = Mailbox.of(email).awaitFirst();
        assertThat(mail.subject()).isEqualTo("Reset your Signpost password");
        String token = Links.token(mail, "/account/reset");

        // a refused password leaves the link usable
        Problem weak = expectProblem(HttpStatus.BAD_REQUEST, () -> accounts.confirmPasswordReset(new PasswordWithToken(token, "password1234")));
        assertThat(weak.getErrors()).extracting(e -> e.getField()).containsExactly("password");

        assertThat(accounts.confirmPasswordReset(new PasswordWithToken(token, NEW)).getStatus().getCode()).isEqualTo(204);

        expectProblem(HttpStatus.UNAUTHORIZED, () -> auth.login(new LoginRequest(email, OLD)));
        assertThat(auth.login(new LoginRequest(email, NEW)).getAccessToken()).isNotBlank();
        expectProblem(HttpStatus.UNAUTHORIZED, () -> auth.refreshToken(new RefreshRequest(before.getRefreshToken())));
        Problem reused = expectProblem(HttpStatus.BAD_REQUEST,
                () -> accounts.confirmPasswordReset(new PasswordWithToken(token, "yet another long phrase")));
        assertThat(reused.getErrors()).extracting(e -> e.getField()).containsExactly("token");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String nobody = Links.unique("nobody");
        assertThat(accounts.requestPasswordReset(new PasswordResetRequest(nobody)).getStatus().getCode()).isEqualTo(202);
        assertThat(Mailbox.of(nobody).messages()).isEmpty();
    }

    @Test
    void oneAddressCannotBeSentLinksWithoutLimit() {
        String email = Links.unique("flooded");
        users.create(new NewUser(email, OLD, Set.of(Role.RESIDENT), Optional.empty()));
        for (int i = 0; i < 5; i++) {
            accounts.requestPasswordReset(new PasswordResetRequest(email));
        }
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
                () -> accounts.requestPasswordReset(new PasswordResetRequest(email)));
        assertThat(refused.getStatus().getCode()).isEqualTo(429);
        assertThat(refused.getResponse().getHeaders().get("Retry-After")).isNotBlank();
        assertThat(refused.getResponse().getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertThat(Mailbox.of(email).awaitCount(5)).hasSize(5);
    }
}
