package org.signpost.notifications.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.notifications.model.Audience;

/** Who an audience is today (enabled accounts only), and the public names messages may use. */
public interface Recipients {

    List<Recipient> of(Audience audience);

    /** A listing's (service's) public name. */
    Optional<String> listingName(UUID serviceId);
}
