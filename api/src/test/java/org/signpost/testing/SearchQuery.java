package org.signpost.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.signpost.contract.client.SearchApi;
import org.signpost.contract.model.AccessibilityFeature;
import org.signpost.contract.model.ClusterResults;
import org.signpost.contract.model.ReferralRoute;
import org.signpost.contract.model.SearchResults;
import org.signpost.contract.model.SearchSort;
import org.signpost.contract.model.ServiceHit;
import org.signpost.contract.model.Weekday;

/** A search sent through the generated client, written as the parameters a test cares about. */
public final class SearchQuery {

    private final SearchApi api;
    public String q;
    public Double lat;
    public Double lon;
    public String postcode;
    public Integer radiusM;
    public Double topLeftLat;
    public Double topLeftLon;
    public Double bottomRightLat;
    public Double bottomRightLon;
    public Boolean includeRemote;
    public List<String> need;
    public Weekday day;
    public String startTime;
    public String endTime;
    public Boolean onNow;
    public Boolean free;
    public List<AccessibilityFeature> accessibility;
    public Integer age;
    public List<String> deliveryMode;
    public ReferralRoute referralRoute;
    public Boolean hasCapacity;
    public SearchSort sort;
    public Boolean facets;
    public Integer limit;
    public String cursor;

    public SearchQuery(SearchApi api) {
        this.api = Objects.requireNonNull(api);
    }

    public SearchQuery text(String text) {
        q = text;
        return this;
    }

    public SearchQuery around(double latitude, double longitude, int radius) {
        lat = latitude;
        lon = longitude;
        radiusM = radius;
        return this;
    }

    public SearchQuery viewport(double north, double west, double south, double east) {
        topLeftLat = north;
        topLeftLon = west;
        bottomRightLat = south;
        bottomRightLon = east;
        return this;
    }

    public SearchQuery sort(SearchSort order) {
        sort = order;
        return this;
    }

    public SearchQuery limit(int size) {
        limit = size;
        return this;
    }

    public SearchResults resident() {
        return api.searchServices(q, lat, lon, postcode, radiusM, topLeftLat, topLeftLon, bottomRightLat, bottomRightLon,
                includeRemote, need, day, startTime, endTime, onNow, free, accessibility, age, deliveryMode, referralRoute, sort,
                facets, limit, cursor);
    }

    public SearchResults linkWorker() {
        return api.searchServicesForLinkWorker(q, lat, lon, postcode, radiusM, topLeftLat, topLeftLon, bottomRightLat,
                bottomRightLon, includeRemote, need, day, startTime, endTime, onNow, free, accessibility, age, deliveryMode,
                referralRoute, hasCapacity, sort, facets, limit, cursor);
    }

    public ClusterResults clusters(int zoom) {
        return api.searchClusters(topLeftLat, topLeftLon, bottomRightLat, bottomRightLon, zoom, q, need, day, startTime, endTime,
                onNow, free, accessibility, age, deliveryMode, referralRoute);
    }

    /** Every page of the resident search, following the cursor. */
    public List<ServiceHit> allPagesAsResident() {
        List<ServiceHit> all = new ArrayList<>();
        cursor = null;
        do {
            SearchResults page = resident();
            all.addAll(page.getResults());
            cursor = page.getNextCursor();
        } while (cursor != null);
        return all;
    }

    /** The service ids of the results. */
    public static List<String> serviceIds(SearchResults results) {
        return results.getResults().stream().map(hit -> hit.getServiceId().toString()).toList();
    }
}
