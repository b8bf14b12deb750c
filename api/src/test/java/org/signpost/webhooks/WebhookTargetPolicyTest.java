package org.signpost.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.webhooks.model.WebhookTargetPolicy;
import org.signpost.webhooks.model.WebhookTargetPolicy.Rules;

/** Production sends only to https at public addresses; dev and tests may use http://localhost; private networks are refused. */
class WebhookTargetPolicyTest {

    private static final Rules PRODUCTION = new Rules(false, false);
    private static final Rules DEV = new Rules(true, false);

    @Test
    void productionWantsHttpsWithAHostAndNoCredentials() {
        assertThat(WebhookTargetPolicy.refuseUrl("https://hooks.partner.example/signpost", PRODUCTION)).isEmpty();
        assertThat(WebhookTargetPolicy.refuseUrl("http://hooks.partner.example/signpost", PRODUCTION)).contains("must be https");
        assertThat(WebhookTargetPolicy.refuseUrl("http://localhost:8080/hook", PRODUCTION)).contains("must be https");
        assertThat(WebhookTargetPolicy.refuseUrl("ftp://hooks.partner.example/", PRODUCTION)).isPresent();
        assertThat(WebhookTargetPolicy.refuseUrl("/relative", PRODUCTION)).isPresent();
        assertThat(WebhookTargetPolicy.refuseUrl("https://user:pw@hooks.partner.example/", PRODUCTION)).isPresent();
        assertThat(WebhookTargetPolicy.refuseUrl("not a url", PRODUCTION)).isPresent();
    }

    @Test
    void devAllowsHttpToLocalhostOnly() {
        assertThat(WebhookTargetPolicy.refuseUrl("http://localhost:8080/hook", DEV)).isEmpty();
        assertThat(WebhookTargetPolicy.refuseUrl("http://127.0.0.1:8080/hook", DEV)).isEmpty();
        assertThat(WebhookTargetPolicy.refuseUrl("http://hooks.partner.example/", DEV)).contains("must be https (http only to localhost)");
    }

    @Test
    void privateLoopbackAndLinkLocalAddressesAreRefusedUnlessAllowed() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
                "::1", "fd00::1", "fe80::1", "::ffff:10.0.0.1", "224.0.0.1", "255.255.255.255")) {
            assertThat(WebhookTargetPolicy.refuseAddresses("hooks.partner.example", List.of(InetAddress.getByName(address)), PRODUCTION))
                    .as(address).isPresent();
            assertThat(WebhookTargetPolicy.refuseAddresses("hooks.partner.example", List.of(InetAddress.getByName(address)),
                    new Rules(false, true))).as(address + " where private addresses are allowed").isEmpty();
        }
        List<InetAddress> publicAndPrivate = List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1"));
        assertThat(WebhookTargetPolicy.refuseAddresses("rebound.example", publicAndPrivate, PRODUCTION)).as("any one private address").isPresent();
        assertThat(WebhookTargetPolicy.refuseAddresses("hooks.partner.example", List.of(InetAddress.getByName("93.184.216.34")), PRODUCTION))
                .isEmpty();
        assertThat(WebhookTargetPolicy.refuseAddresses("hooks.partner.example", List.of(InetAddress.getByName("2a00:1450:4009:81f::200e")),
                PRODUCTION)).isEmpty();
        // dev lets localhost through, and only by that name
        assertThat(WebhookTargetPolicy.refuseAddresses("localhost", List.of(InetAddress.getByName("127.0.0.1")), DEV)).isEmpty();
        assertThat(WebhookTargetPolicy.refuseAddresses("sneaky.example", List.of(InetAddress.getByName("127.0.0.1")), DEV)).isPresent();
        assertThat(WebhookTargetPolicy.refuseAddresses("intranet.example", List.of(InetAddress.getByName("10.0.0.1")), DEV)).isPresent();
    }
}
