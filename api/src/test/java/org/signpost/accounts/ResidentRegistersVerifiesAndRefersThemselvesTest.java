package org.signpost.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.AccountsApi;
import org.signpost.contract.client.AuthApi;
import org.signpost.contract.client.ResidentSelfServiceApi;
import org.signpost.contract.model.AccountLanguage;
import org.signpost.contract.model.ContactDetails;
import org.signpost.contract.model.ContactMethod;
import org.signpost.contract.model.ContactPreference;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.LoginRequest;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.Registration;
import org.signpost.contract.model.Role;
import org.signpost.contract.model.SelfReferral;
import org.signpost.contract.model.TokenResponse;
import org.signpost.contract.model.TokenSubmission;
import org.signpost.testing.Bearer;
import org.signpost.testing.Mailbox;
import org.signpost.testing.Mailbox.Received;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestDatabase;

/**
 * A resident registers with an address and a password, reads the verification mail, confirms, signs in and refers
 * themselves; before confirming nothing but the link's row exists and they cannot sign in.
 */
@MicronautTest(transactional = false)
class ResidentRegistersVerifiesAndRefersThemselvesTest {

    static final String PASSWORD = "lantern meadow biscuit 42";
    static final String OWN = "RESIDENT_OWN_ACCESS";

    @Inject
    AccountsApi accounts;

    @Inject
    AuthApi auth;

    @Inject
    ResidentSelfServiceApi me;

    @Inject
    SocialPrescribing prescribing;

    @Inject
    TestDatabase database;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aResidentRegistersConfirmsSignsInAndRefersThemselves() {
        SocialPrescribing.Team team = prescribing.team();
        String email = Links.unique("new.resident");

        assertThat(accounts.register(new Registration(email, PASSWORD)).getStatus().getCode()).isEqualTo(202);

        Received mail = Mailbox.of(email).awaitFirst();
        assertThat(mail.subject()).isEqualTo("Confirm your email address for Signpost");
        String token = Links.token(mail, "/account/verify");
        // nothing personal is kept before the address is confirmed: no account, only the link's row (hashed token)
        assertThat(database.count("SELECT COUNT(*) FROM user_account WHERE username = ?", email)).isZero();
        assertThat(database.count("SELECT COUNT(*) FROM account_token WHERE email = ? AND token_hash <> ?", email, token)).isEqualTo(1);
        expectProblem(HttpStatus.UNAUTHORIZED, () -> auth.login(new LoginRequest(email, PASSWORD)));

        assertThat(accounts.verifyEmail(new TokenSubmission(token)).getStatus().getCode()).isEqualTo(204);

        TokenResponse tokens = auth.login(new LoginRequest(email.toUpperCase(), PASSWORD));
        assertThat(tokens.getRoles()).containsExactly(Role.RESIDENT);
        Bearer.use(tokens.getAccessToken());
        Episode episode = me.selfRefer(new SelfReferral(team.schemeId(), "Robin", "Newly", LocalDate.of(1975, 5, 6), "S65 1AB",
                new ContactPreference(ContactMethod.EMAIL), "I would like to get out more", List.of("sp-loneliness"), true)
                .contact(new ContactDetails().email(email)), OWN).body();
        assertThat(episode.getSchemeId()).isEqualTo(team.schemeId());
        assertThat(me.listMyReferrals(OWN).getEpisodes()).extracting(Episode::getId).contains(episode.getId());
    }

    @Test
    void aVerificationLinkWorksOnceAndNotAfterItExpires() {
        String email = Links.unique("twice");
        accounts.register(new Registration(email, PASSWORD).language(AccountLanguage.CY));
        Received mail = Mailbox.of(email).awaitFirst();
        assertThat(mail.subject()).isEqualTo("Cadarnhewch eich cyfeiriad e-bost ar gyfer Signpost");
        String token = Links.token(mail, "/account/verify");
        accounts.verifyEmail(new TokenSubmission(token));

        Problem reused = expectProblem(HttpStatus.BAD_REQUEST, () -> accounts.verifyEmail(new TokenSubmission(token)));
        assertThat(reused.getErrors()).extracting(e -> e.getField()).containsExactly("token");

        String late = Links.unique("late");
        accounts.register(new Registration(late, PASSWORD));
        String lateToken = Links.token(Mailbox.of(late).awaitFirst(), "/account/verify");
        database.update("UPDATE account_token SET expires_at = ? WHERE email = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), late);
        Problem expired = expectProblem(HttpStatus.BAD_REQUEST, () -> accounts.verifyEmail(new TokenSubmission(lateToken)));
        assertThat(expired.getErrors()).extracting(e -> e.getField()).containsExactly("token");
        assertThat(database.count("SELECT COUNT(*) FROM user_account WHERE username = ?", late)).isZero();
        expectProblem(HttpStatus.UNAUTHORIZED, () -> auth.login(new LoginRequest(late, PASSWORD)));
    }

    @Test
    void registeringATakenAddressAnswersTheSameAndSendsNoLink() {
        String email = Links.unique("taken");
        accounts.register(new Registration(email, PASSWORD));
        accounts.verifyEmail(new TokenSubmission(Links.token(Mailbox.of(email).awaitFirst(), "/account/verify")));

        assertThat(accounts.register(new Registration(email, "another long passphrase")).getStatus().getCode()).isEqualTo(202);

        assertThat(database.count("SELECT COUNT(*) FROM account_token WHERE email = ?", email)).isEqualTo(1);
        assertThat(Mailbox.of(email).messages()).hasSize(1);
    }

    @Test
    void shortAndCommonPasswordsAreRefusedNamingTheField() {
        Problem shortOne = expectProblem(HttpStatus.BAD_REQUEST,
                () -> accounts.register(new Registration(Links.unique("short"), "eleven char")));
        assertThat(shortOne.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getField()).isEqualTo("password");
            assertThat(e.getDetail()).contains("at least 12");
        });

        String common = Links.unique("common");
        Problem denied = expectProblem(HttpStatus.BAD_REQUEST, () -> accounts.register(new Registration(common, "QWERTY123456")));
        assertThat(denied.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getField()).isEqualTo("password");
            assertThat(e.getDetail()).contains("commonly used");
        });
        Problem ownAddress = expectProblem(HttpStatus.BAD_REQUEST, () -> accounts.register(new Registration(common, common)));
        assertThat(ownAddress.getErrors()).extracting(e -> e.getField()).containsExactly("password");
        assertThat(database.count("SELECT COUNT(*) FROM account_token WHERE email = ?", common)).isZero();
        assertThat(Mailbox.of(common).messages()).isEmpty();
    }
}
