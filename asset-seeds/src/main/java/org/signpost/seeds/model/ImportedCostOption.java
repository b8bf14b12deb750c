package org.signpost.seeds.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * HSDS cost_option.
 *
 * @param sourceId          its id in the source; null when the feed gives none
 * @param option            what the price is for, e.g. "Per session", "Free"
 * @param amount            zero or more, as given (scale kept); null when only described
 * @param amountDescription e.g. "£3 per session, concessions £1.50"
 * @param currency          ISO 4217, e.g. GBP; null when not given
 * @param validFrom         first day the price applies
 * @param validTo           last day the price applies
 */
public record ImportedCostOption(
        UUID sourceId,
        String option,
        BigDecimal amount,
        String amountDescription,
        String currency,
        LocalDate validFrom,
        LocalDate validTo) {

    /** True when this option costs nothing. */
    public boolean isFree() {
        return amount != null && amount.signum() == 0;
    }
}
