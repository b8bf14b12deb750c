package org.signpost.seeds.model;

/** Rules for one service_at_location: its location's coordinates, address and accessibility, and schedules. */
final class LocationRules {

    private final GeoBounds area;

    LocationRules(GeoBounds area) {
        this.area = area;
    }

    void check(Findings f, String prefix, ServiceLocation sal) {
        ImportedLocation l = sal.location();
        String p = prefix + "location.";
        if (l == null) {
            f.add(prefix + "location", "is required");
        } else {
            checkCoordinates(f, p, l.latitude(), l.longitude());
            f.text(p + "name", l.name(), TextLimits.NAME);
            f.text(p + "description", l.description(), TextLimits.DESCRIPTION);
            for (int i = 0; i < l.addresses().size(); i++) {
                checkAddress(f, p + "addresses[" + i + "].", l.addresses().get(i));
            }
            for (int i = 0; i < l.accessibility().size(); i++) {
                ImportedAccessibility a = l.accessibility().get(i);
                String q = p + "accessibility[" + i + "].";
                f.text(q + "description", a.description(), TextLimits.NOTE);
                f.text(q + "details", a.details(), TextLimits.NOTE);
                f.url(q + "url", a.url());
            }
        }
        for (int i = 0; i < sal.schedules().size(); i++) {
            ScheduleRules.check(f, prefix + "schedules[" + i + "].", sal.schedules().get(i));
        }
    }

    private void checkCoordinates(Findings f, String p, Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return;
        }
        if (latitude == null || longitude == null) {
            f.add(p + (latitude == null ? "latitude" : "longitude"), "is missing while "
                    + (latitude == null ? "longitude" : "latitude") + " is given; give both or neither");
            return;
        }
        boolean inRange = true;
        if (!(latitude >= -90 && latitude <= 90)) {
            f.add(p + "latitude", latitude + " is outside -90..90");
            inRange = false;
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            f.add(p + "longitude", longitude + " is outside -180..180");
            inRange = false;
        }
        if (inRange && area != null && !area.contains(latitude, longitude)) {
            f.add(p + "latitude", latitude + "," + longitude + " is outside " + area.name());
        }
    }

    private static void checkAddress(Findings f, String q, ImportedAddress a) {
        f.text(q + "address_1", a.address1(), TextLimits.NAME);
        f.text(q + "city", a.city(), TextLimits.NAME);
        f.text(q + "region", a.region(), TextLimits.NAME);
        f.text(q + "state_province", a.stateProvince(), TextLimits.NAME);
        f.text(q + "postal_code", a.postalCode(), TextLimits.CODE);
        f.text(q + "country", a.country(), TextLimits.CODE);
    }
}
