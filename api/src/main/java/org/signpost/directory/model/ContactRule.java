package org.signpost.directory.model;

import java.util.UUID;
import java.util.regex.Pattern;
import org.signpost.platform.errors.Violations;

/** A contact: a valid email when given, a phone number of digits, spaces, +, ( ) and -; public unless said otherwise. */
public final class ContactRule {

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{3,40}$");

    private ContactRule() {
    }

    public static ListingContent.Contact check(ServiceDraft.ContactDraft draft, UUID keptId, String prefix, Violations violations) {
        int before = violations.list().size();
        String email = Text.clean(draft.email());
        EmailAddress.check(email, Violations.at(prefix, "email"), violations);
        String phone = Text.clean(draft.phone());
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 3)) {
            violations.add(Violations.at(prefix, "phone"), "must be a phone number (digits, spaces, +, brackets, hyphens)");
        }
        if (violations.list().size() > before) {
            return null;
        }
        return new ListingContent.Contact(keptId, Text.clean(draft.name()), Text.clean(draft.title()), email, phone,
                draft.isPublic() == null || draft.isPublic());
    }
}
