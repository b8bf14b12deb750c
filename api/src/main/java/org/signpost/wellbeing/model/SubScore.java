package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.util.List;

/** A named sum over some of a measure's items (reverse-scored items flipped), with its own threshold and bands. */
public record SubScore(String id, String name, List<String> itemIds, BigDecimal meaningfulChange, List<Band> bands) {

    public SubScore {
        itemIds = List.copyOf(itemIds);
        bands = List.copyOf(bands);
    }
}
