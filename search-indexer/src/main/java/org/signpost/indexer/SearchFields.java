package org.signpost.indexer;

/**
 * The names of the service index's fields, kept next to their mapping
 * ({@code elasticsearch/services-index.json}) and the document that fills them ({@link ServiceDocument}).
 * Queries name fields only through these constants; {@code ServiceDocumentMappingTest} checks that
 * the mapping, the document and these names agree.
 */
public final class SearchFields {

    public static final String DOC_ID = "doc_id";
    public static final String SERVICE_ID = "service_id";
    public static final String SERVICE_AT_LOCATION_ID = "service_at_location_id";
    public static final String LOCATION_ID = "location_id";
    public static final String ORGANISATION_ID = "organisation_id";
    public static final String NAME = "name";
    /** The whole name as one keyword, for sorting. */
    public static final String NAME_RAW = "name.raw";
    public static final String DESCRIPTION = "description";
    public static final String ORGANISATION_NAME = "organisation_name";
    public static final String LOCATION_NAME = "location_name";
    /** Filled only by {@code copy_to} from the text fields: never in a document's source. */
    public static final String SEARCH_TEXT = "search_text";
    public static final String NEED_CODES = "need_codes";
    public static final String NEED_DIRECT_CODES = "need_direct_codes";
    public static final String NEED_TEXT = "need_text";
    public static final String STATUS = "status";
    public static final String VERIFIED = "verified";
    public static final String ASSURED_DATE = "assured_date";
    public static final String LOCATED = "located";
    public static final String LOCATION = "location";
    public static final String POSTCODE = "postcode";
    public static final String OUTCODE = "outcode";
    public static final String AREA_OUTCODES = "area_outcodes";
    public static final String TOWN = "town";
    public static final String FREE = "free";
    public static final String MIN_AGE = "min_age";
    public static final String MAX_AGE = "max_age";
    public static final String DELIVERY_MODES = "delivery_modes";
    public static final String REFERRAL_ROUTE = "referral_route";
    public static final String ACCESSIBILITY = "accessibility";
    public static final String CAPACITY_AVAILABLE = "capacity_available";
    public static final String CAPACITY_MAXIMUM = "capacity_maximum";
    public static final String LANGUAGES = "languages";
    public static final String SESSIONS = "sessions";
    public static final String SCHEDULE_TEXT = "schedule_text";
    public static final String SUGGEST = "suggest";
    public static final String SUGGEST_ORGANISATION = "suggest_organisation";
    public static final String VERSION = "version";

    /** The fields of one nested session slot ({@link ServiceDocument.Session}), by their name inside {@link #SESSIONS}. */
    public static final class Session {
        public static final String DAY = "day";
        public static final String NTH = "nth";
        public static final String INTERVAL = "interval";
        public static final String WEEK_PARITY = "week_parity";
        public static final String OPENS = "opens";
        public static final String CLOSES = "closes";
        public static final String VALID_FROM = "valid_from";
        public static final String VALID_TO = "valid_to";

        private Session() {
        }

        /** The full path a nested query names ({@code sessions.day}). */
        public static String path(String field) {
            return SESSIONS + "." + field;
        }
    }

    private SearchFields() {
    }
}
