package org.signpost.directory.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.signpost.directory.application.UnattributedOrganisation;
import org.signpost.seeds.model.ImportedOrganisation;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.ServiceLocation;

/**
 * How imported records are keyed: the (source, source_id) each table upserts by, and our ids,
 * derived deterministically so that the same record always gets the same id (and so do the rows it
 * owns: an unchanged ORUK document gives unchanged ids on /oruk).
 */
final class ImportKeys {

    private static final Set<String> GREAT_BRITAIN = Set.of("UK", "GB", "UNITED KINGDOM", "GREAT BRITAIN", "ENGLAND", "SCOTLAND",
            "WALES", "NORTHERN IRELAND");

    private ImportKeys() {
    }

    static UUID derive(String... parts) {
        return UUID.nameUUIDFromBytes(String.join(":", parts).getBytes(StandardCharsets.UTF_8));
    }

    static UUID serviceId(String source, ImportedService service) {
        return derive(source, "service", service.sourceId().toString());
    }

    /** The organisation's source_id: its feed id, else its name, else the per-source unattributed one. */
    static String organisationKey(ImportedOrganisation organisation) {
        if (organisation == null) {
            return UnattributedOrganisation.SOURCE_ID;
        }
        return organisation.sourceId() != null ? organisation.sourceId().toString()
                : "name:" + organisation.name().toLowerCase(Locale.ROOT);
    }

    /** The location's source_id: its feed id, else the service's id and the location's position. */
    static String locationKey(ImportedService service, int index, ServiceLocation at) {
        return at.location().sourceId() != null ? at.location().sourceId().toString()
                : "service:" + service.sourceId() + ":" + index;
    }

    /** ISO 3166-1 alpha-2 as stored (CHAR(2)); names of the UK and its nations become GB; anything else null. */
    static String country(String given) {
        if (given == null) {
            return null;
        }
        String value = given.trim().toUpperCase(Locale.ROOT);
        if (GREAT_BRITAIN.contains(value)) {
            return "GB";
        }
        return value.length() == 2 && value.chars().allMatch(Character::isLetter) ? value : null;
    }
}
