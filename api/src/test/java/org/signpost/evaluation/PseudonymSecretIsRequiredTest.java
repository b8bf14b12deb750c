package org.signpost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signpost.evaluation.model.PseudonymousKey;

/**
 * Outside dev runs and tests nobody makes a secret up: without one, or with a short one, the
 * service does not start. (Tests get a random secret from the test session, like the JWT secret.)
 */
class PseudonymSecretIsRequiredTest {

    @Test
    void theServiceRefusesToStartWithAShortSecret() {
        Throwable failure = catchThrowable(() -> {
            try (ApplicationContext context = ApplicationContext.run(Map.of("signpost.evaluation.pseudonym-secret", "too short"), "prod")) {
                context.getBean(PseudonymousKey.class);
            }
        });

        assertThat(failure).isNotNull();
        assertThat(rootMessage(failure)).contains("SIGNPOST_EVALUATION_PSEUDONYM_SECRET").contains("at least 32 bytes").contains("it has 9");
    }

    @Test
    void theServiceRefusesToStartWithABlankSecret() {
        Throwable failure = catchThrowable(() -> {
            try (ApplicationContext context = ApplicationContext.run(Map.of("signpost.evaluation.pseudonym-secret", " "), "prod")) {
                context.getBean(PseudonymousKey.class);
            }
        });

        assertThat(rootMessage(failure)).contains("it is not set");
    }

    @Test
    void withASecretTheKeyIsMadeAtStartUpFromIt() {
        String secret = "a deployment secret that is long enough to use";
        try (ApplicationContext context = ApplicationContext.run(Map.of("signpost.evaluation.pseudonym-secret", secret), "prod")) {
            assertThat(context.getBean(PseudonymousKey.class).of("someone")).isEqualTo(PseudonymousKey.fromSecret(secret).of("someone"));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
