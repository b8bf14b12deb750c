package org.signpost.seeds.oruk;

import java.util.ArrayList;
import java.util.List;
import org.signpost.seeds.model.ImportedContact;
import org.signpost.seeds.model.ImportedLanguage;
import org.signpost.seeds.model.ImportedPhone;
import org.signpost.seeds.model.TextLimits;

/** Reads a service's ORUK contacts, phones and languages. */
final class ContactMapper {

    private ContactMapper() {
    }

    /** ORUK contacts with their phones; HSDS service-level phones become one contact without a name. */
    static List<ImportedContact> contacts(JsonValues service) {
        List<ImportedContact> result = new ArrayList<>();
        for (JsonValues v : service.objects("contacts")) {
            result.add(new ImportedContact(v.uuid("id", false), v.text("name", TextLimits.NAME),
                    v.text("title", TextLimits.NAME), LenientFormats.email(v, "email"), phones(v)));
        }
        List<ImportedPhone> servicePhones = phones(service);
        if (!servicePhones.isEmpty()) {
            result.add(new ImportedContact(null, null, null, null, servicePhones));
        }
        return result;
    }

    private static List<ImportedPhone> phones(JsonValues owner) {
        List<ImportedPhone> result = new ArrayList<>();
        for (JsonValues v : owner.objects("phones")) {
            String number = v.text("number", TextLimits.CODE);
            if (number == null) {
                v.problems().warn(v.path("number"), "is missing; phone dropped");
                continue;
            }
            result.add(new ImportedPhone(v.uuid("id", false), number, v.text("type", TextLimits.CODE),
                    v.text("description", TextLimits.NOTE)));
        }
        return result;
    }

    static List<ImportedLanguage> languages(JsonValues service) {
        List<ImportedLanguage> result = new ArrayList<>();
        for (JsonValues v : service.objects("languages")) {
            String name = v.text("name", TextLimits.NAME);
            String code = v.text("code", TextLimits.CODE);
            if (name == null && code == null) {
                v.problems().warn(v.path("name"), "language has neither name nor code; dropped");
                continue;
            }
            result.add(new ImportedLanguage(v.uuid("id", false), name, code));
        }
        return result;
    }
}
