package org.signpost.people.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.signpost.people.model.Scheme;
import org.signpost.security.application.DemoUsers;
import org.signpost.security.model.Role;

/**
 * Dev only (with the demo users): a social prescribing scheme for the demo link worker and coordinator, so that
 * {@code resident@demo.signpost} can refer themselves from any listing in the resident app and the demo staff see the
 * referral. Made once (found again by name on later starts); runs after {@link DemoUsers}.
 */
@Singleton
@Order(1001)
@Requires(property = "signpost.demo-users.enabled", value = "true")
public class DemoScheme implements ApplicationEventListener<StartupEvent> {

    public static final String NAME = "Rotherham social prescribing (demo)";

    private final Schemes schemes;

    DemoScheme(Schemes schemes) {
        this.schemes = schemes;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (schemes.all().stream().map(Scheme::name).anyMatch(NAME::equals)) {
            return;
        }
        Scheme scheme = schemes.create(NAME, null);
        schemes.addMember(scheme.id(), DemoUsers.username(Role.LINK_WORKER));
        schemes.addMember(scheme.id(), DemoUsers.username(Role.COORDINATOR));
        System.out.println("Demo scheme (dev only): " + NAME + ", with " + DemoUsers.username(Role.LINK_WORKER) + " and "
                + DemoUsers.username(Role.COORDINATOR));
    }
}
