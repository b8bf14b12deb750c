package org.signpost.indexer;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * One search document as the index holds it: one per located place a service runs at, or one for
 * a service with no located place. Each component is one field of {@code elasticsearch/services-index.json},
 * named by {@link SearchFields}; absent (null) fields are left out of the source. The indexer writes
 * it and the search reads hits back into it, so both sides share one shape
 * ({@code ServiceDocumentMappingTest} keeps it and the mapping in step).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceDocument(
        @JsonProperty(SearchFields.DOC_ID) String docId,
        @JsonProperty(SearchFields.SERVICE_ID) String serviceId,
        @JsonProperty(SearchFields.SERVICE_AT_LOCATION_ID) String serviceAtLocationId,
        @JsonProperty(SearchFields.LOCATION_ID) String locationId,
        @JsonProperty(SearchFields.ORGANISATION_ID) String organisationId,
        @JsonProperty(SearchFields.NAME) String name,
        @JsonProperty(SearchFields.DESCRIPTION) String description,
        @JsonProperty(SearchFields.ORGANISATION_NAME) String organisationName,
        @JsonProperty(SearchFields.LOCATION_NAME) String locationName,
        @JsonProperty(SearchFields.NEED_CODES) List<String> needCodes,
        @JsonProperty(SearchFields.NEED_DIRECT_CODES) List<String> needDirectCodes,
        @JsonProperty(SearchFields.NEED_TEXT) List<String> needText,
        @JsonProperty(SearchFields.STATUS) String status,
        @JsonProperty(SearchFields.VERIFIED) Boolean verified,
        @JsonProperty(SearchFields.ASSURED_DATE) @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate assuredDate,
        @JsonProperty(SearchFields.LOCATED) Boolean located,
        @JsonProperty(SearchFields.LOCATION) Point location,
        @JsonProperty(SearchFields.POSTCODE) String postcode,
        @JsonProperty(SearchFields.OUTCODE) String outcode,
        @JsonProperty(SearchFields.AREA_OUTCODES) List<String> areaOutcodes,
        @JsonProperty(SearchFields.TOWN) String town,
        @JsonProperty(SearchFields.FREE) Boolean free,
        @JsonProperty(SearchFields.MIN_AGE) Integer minAge,
        @JsonProperty(SearchFields.MAX_AGE) Integer maxAge,
        @JsonProperty(SearchFields.DELIVERY_MODES) List<String> deliveryModes,
        @JsonProperty(SearchFields.REFERRAL_ROUTE) String referralRoute,
        @JsonProperty(SearchFields.ACCESSIBILITY) List<String> accessibility,
        @JsonProperty(SearchFields.CAPACITY_AVAILABLE) Integer capacityAvailable,
        @JsonProperty(SearchFields.CAPACITY_MAXIMUM) Integer capacityMaximum,
        @JsonProperty(SearchFields.LANGUAGES) List<String> languages,
        @JsonProperty(SearchFields.SESSIONS) List<Session> sessions,
        @JsonProperty(SearchFields.SCHEDULE_TEXT) String scheduleText,
        @JsonProperty(SearchFields.SUGGEST) Completion suggest,
        @JsonProperty(SearchFields.SUGGEST_ORGANISATION) Completion suggestOrganisation,
        @JsonProperty(SearchFields.VERSION) Long version) {

    /** A {@code geo_point}. */
    public record Point(@JsonProperty("lat") double lat, @JsonProperty("lon") double lon) {
    }

    /** The inputs of a {@code completion} field. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Completion(@JsonProperty("input") List<String> input) {
    }

    /**
     * One weekly slot of a schedule (see {@code SessionSlots}): minutes of the day it opens and
     * closes, the week of the month for monthly rules, the week parity for fortnightly ones.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(
            @JsonProperty(SearchFields.Session.DAY) String day,
            @JsonProperty(SearchFields.Session.NTH) Integer nth,
            @JsonProperty(SearchFields.Session.INTERVAL) Integer interval,
            @JsonProperty(SearchFields.Session.WEEK_PARITY) Integer weekParity,
            @JsonProperty(SearchFields.Session.OPENS) Integer opens,
            @JsonProperty(SearchFields.Session.CLOSES) Integer closes,
            @JsonProperty(SearchFields.Session.VALID_FROM) @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate validFrom,
            @JsonProperty(SearchFields.Session.VALID_TO) @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate validTo) {
    }
}
