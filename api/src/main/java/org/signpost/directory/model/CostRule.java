package org.signpost.directory.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import org.signpost.platform.errors.Violations;

/** A cost option: an amount of 0 or more (0 is free) with at most two decimal places, in a three-letter currency (GBP by default). */
public final class CostRule {

    private static final BigDecimal MOST = new BigDecimal("100000");

    private CostRule() {
    }

    public static ListingContent.Cost check(ServiceDraft.CostDraft draft, UUID keptId, String prefix, Violations violations) {
        int before = violations.list().size();
        BigDecimal amount = draft.amount();
        if (amount != null && amount.signum() < 0) {
            violations.add(Violations.at(prefix, "amount"), "must not be negative");
        } else if (amount != null && (amount.compareTo(MOST) >= 0 || amount.stripTrailingZeros().scale() > 2)) {
            violations.add(Violations.at(prefix, "amount"), "must be under 100000 with at most two decimal places");
        }
        String currency = draft.currency() == null ? "GBP" : draft.currency().trim().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            violations.add(Violations.at(prefix, "currency"), "must be a three-letter ISO 4217 code such as GBP");
        }
        if (violations.list().size() > before) {
            return null;
        }
        return new ListingContent.Cost(keptId, Text.clean(draft.option()), amount, Text.clean(draft.amountDescription()), currency);
    }
}
