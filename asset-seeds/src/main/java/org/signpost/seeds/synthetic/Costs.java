package org.signpost.seeds.synthetic;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.UUID;
import org.signpost.seeds.model.ImportedCostOption;

/** What a service costs: free 60%, a charge per session 28%, a suggested donation 12%. */
record Costs(String fees, String option, BigDecimal amount, String amountDescription) {

    private static final String[] PRICES = {"1.00", "1.50", "2.00", "2.50", "3.00", "3.50", "4.00", "5.00", "6.00",
        "8.00", "10.00"};

    static Costs pick(SplittableRandom r) {
        int n = r.nextInt(100);
        if (n < 60) {
            return new Costs("Free", "Free", new BigDecimal("0.00"), "No charge");
        }
        if (n < 88) {
            BigDecimal price = new BigDecimal(PRICES[r.nextInt(PRICES.length)]);
            String text = "£" + price.toPlainString() + " per session";
            return new Costs(text, "Per session", price, text + ", including refreshments");
        }
        BigDecimal suggested = new BigDecimal(PRICES[r.nextInt(4)]);
        return new Costs("Donations welcome", "Suggested donation", suggested,
                "Suggested donation £" + suggested.toPlainString() + "; pay what you can");
    }

    ImportedCostOption option(UUID id) {
        return new ImportedCostOption(id, option, amount, amountDescription, "GBP", null, null);
    }
}
