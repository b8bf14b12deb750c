package org.signpost.seeds.model;

import java.util.List;
import java.util.UUID;

/**
 * HSDS contact of a service, with its phones.
 *
 * @param sourceId its id in the source; null when the feed gives none
 * @param name     the person or role
 * @param title    job title
 * @param email    an email address
 * @param phones   HSDS phone rows
 */
public record ImportedContact(UUID sourceId, String name, String title, String email, List<ImportedPhone> phones) {

    public ImportedContact {
        phones = Copies.list(phones);
    }
}
