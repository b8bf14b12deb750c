package org.signpost.directory.model;

import org.signpost.platform.errors.Violations;

/** An organisation's details as an editor sent them. */
public record OrganisationDraft(String name, String description, String email, String website, String logo) {

    /** Checks and tidies the details; throws naming every fault. */
    public OrganisationDraft checked() {
        Violations v = new Violations();
        String cleanName = Text.required(name, "name", v);
        String cleanEmail = Text.clean(email);
        EmailAddress.check(cleanEmail, "email", v);
        String cleanWebsite = Text.clean(website);
        WebAddress.check(cleanWebsite, "website", v);
        String cleanLogo = Text.clean(logo);
        WebAddress.check(cleanLogo, "logo", v);
        v.throwIfAny();
        return new OrganisationDraft(cleanName, Text.clean(description), cleanEmail, cleanWebsite, cleanLogo);
    }
}
