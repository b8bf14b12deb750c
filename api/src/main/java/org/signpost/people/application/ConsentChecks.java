package org.signpost.people.application;

import jakarta.inject.Singleton;
import java.util.List;
import org.signpost.directory.application.OrganisationNames;
import org.signpost.people.model.ConsentKind;
import org.signpost.platform.errors.Violations;

/** A consent to share names an organisation that exists; the other kinds name none. */
@Singleton
class ConsentChecks {

    private final OrganisationNames organisations;

    ConsentChecks(OrganisationNames organisations) {
        this.organisations = organisations;
    }

    void check(List<ConsentCommand> commands, String prefix, Violations violations) {
        for (int i = 0; i < commands.size(); i++) {
            ConsentCommand c = commands.get(i);
            String at = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
            if (c.kind() == null) {
                violations.add(at + "kind", "is required");
            } else if (c.kind() == ConsentKind.SHARE_WITH_PROVIDER) {
                if (c.organisationId() == null) {
                    violations.add(at + "organisation_id", "names the provider a share_with_provider consent is for");
                } else if (organisations.name(c.organisationId()).isEmpty()) {
                    violations.add(at + "organisation_id", "No organisation " + c.organisationId() + " in the directory");
                }
            } else if (c.organisationId() != null) {
                violations.add(at + "organisation_id", "only a share_with_provider consent names an organisation");
            }
        }
    }
}
