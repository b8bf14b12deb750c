package org.signpost.seeds.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.signpost.seeds.model.Capacity;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.ImportedCostOption;
import org.signpost.seeds.model.ImportedOrganisation;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.ImportedServiceArea;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceRules;
import org.signpost.seeds.model.ServiceStatus;
import org.signpost.seeds.model.TextLimits;

/** Reads one ORUK service object (list or full shape, with our {@code x_} extensions) into the import model. */
final class ServiceMapper {

    private ServiceMapper() {
    }

    static ImportedService service(JsonValues v) {
        UUID id = v.uuid("id", true);
        String name = v.text("name", TextLimits.NAME);
        ServiceStatus status = status(v);
        Integer maximumAge = v.wholeNumber("maximum_age");
        if (maximumAge != null && maximumAge > ServiceRules.MAX_AGE) {
            v.problems().warn(v.path("maximum_age"), maximumAge + " read as no upper age limit");
            maximumAge = null;
        }
        return new ImportedService(
                id,
                name,
                v.text("description", TextLimits.DESCRIPTION),
                LenientFormats.url(v, "url"),
                LenientFormats.email(v, "email"),
                status,
                v.text("fees", TextLimits.NOTE),
                costOptions(v),
                v.wholeNumber("minimum_age"),
                maximumAge,
                v.text("eligibility_description", TextLimits.NOTE),
                LenientFormats.date(v, "assured_date", false),
                LenientFormats.email(v, "assurer_email"),
                v.text("alert", TextLimits.NOTE),
                LenientFormats.instant(v, "last_modified"),
                organisation(v),
                LocationMapper.serviceAtLocations(v),
                ScheduleMapper.schedules(v, "schedules"),
                serviceAreas(v),
                ContactMapper.contacts(v),
                ContactMapper.languages(v),
                TermMapper.terms(v),
                deliveryModes(v),
                referralRoute(v),
                capacity(v));
    }

    /** Required; matched ignoring case, with "_" read as a space ("temporarily_closed"). */
    private static ServiceStatus status(JsonValues v) {
        String raw = v.raw("status");
        if (raw == null) {
            return null;
        }
        return ServiceStatus.fromCode(raw.toLowerCase(Locale.ROOT).replace('_', ' ')).orElseGet(() -> {
            v.problems().reject(v.path("status"), "'" + raw + "' is not one of " + ServiceStatus.allowedCodes());
            return null;
        });
    }

    private static List<ImportedCostOption> costOptions(JsonValues service) {
        List<ImportedCostOption> result = new ArrayList<>();
        for (JsonValues v : service.objects("cost_options")) {
            result.add(new ImportedCostOption(
                    v.uuid("id", false),
                    v.text("option", TextLimits.NAME),
                    v.decimal("amount"),
                    v.text("amount_description", TextLimits.NOTE),
                    upper(v.raw("currency")),
                    LenientFormats.date(v, "valid_from", true),
                    LenientFormats.date(v, "valid_to", true)));
        }
        return result;
    }

    /** The embedded organization; a missing one, or one without a name, is dropped with a warning. */
    private static ImportedOrganisation organisation(JsonValues service) {
        JsonNode node = service.object("organization");
        if (node == null) {
            service.problems().warn(service.path("organization"), "is missing; the service has no organisation");
            return null;
        }
        JsonValues v = service.child(node, "organization.");
        String name = v.text("name", TextLimits.NAME);
        if (name == null) {
            service.problems().warn(service.path("organization"), "has no name; dropped");
            return null;
        }
        UUID id = v.uuid("id", false);
        if (id == null) {
            id = service.uuid("organization_id", false);
        }
        String website = v.raw("website") != null ? LenientFormats.url(v, "website") : LenientFormats.url(v, "url");
        return new ImportedOrganisation(id, name, v.text("description", TextLimits.DESCRIPTION),
                LenientFormats.email(v, "email"), website);
    }

    private static List<ImportedServiceArea> serviceAreas(JsonValues service) {
        List<ImportedServiceArea> result = new ArrayList<>();
        for (JsonValues v : service.objects("service_areas")) {
            result.add(new ImportedServiceArea(v.uuid("id", false), v.text("name", TextLimits.NAME),
                    v.text("service_area", TextLimits.NOTE)));
        }
        return result;
    }

    private static Set<DeliveryMode> deliveryModes(JsonValues v) {
        Set<DeliveryMode> modes = EnumSet.noneOf(DeliveryMode.class);
        List<JsonNode> nodes = v.array("x_delivery_modes");
        for (int i = 0; i < nodes.size(); i++) {
            String code = nodes.get(i).asText().strip().toLowerCase(Locale.ROOT);
            int index = i;
            DeliveryMode.fromCode(code).ifPresentOrElse(modes::add, () -> v.problems().reject(
                    v.path("x_delivery_modes[" + index + "]"),
                    "'" + code + "' is not one of " + DeliveryMode.allowedCodes()));
        }
        return modes;
    }

    private static ReferralRoute referralRoute(JsonValues v) {
        String raw = v.raw("x_referral_route");
        if (raw == null) {
            return null;
        }
        return ReferralRoute.fromCode(raw.toLowerCase(Locale.ROOT)).orElseGet(() -> {
            v.problems().reject(v.path("x_referral_route"), "'" + raw + "' is not one of " + ReferralRoute.allowedCodes());
            return null;
        });
    }

    private static Capacity capacity(JsonValues service) {
        JsonNode node = service.object("x_capacity");
        if (node == null) {
            return null;
        }
        JsonValues v = service.child(node, "x_capacity.");
        Integer available = v.wholeNumber("available");
        Integer maximum = v.wholeNumber("maximum");
        if (available == null) {
            v.problems().reject(v.path("available"), "is required when x_capacity is given");
            return null;
        }
        return new Capacity(available, maximum);
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
