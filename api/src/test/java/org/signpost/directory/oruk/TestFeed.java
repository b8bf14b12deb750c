package org.signpost.directory.oruk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** A small ORUK /services document written by a test (our seed format, as the importer reads it). */
final class TestFeed {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArrayNode services = JSON.createArrayNode();

    /** A service with an organisation; returns it for more fields. */
    ObjectNode service(String name, LocalDate assured) {
        ObjectNode s = services.addObject();
        s.put("id", UUID.randomUUID().toString());
        s.put("name", name);
        s.put("description", "<p>" + name + ", a test listing &amp; nothing more.</p>");
        s.put("status", "active");
        s.put("assured_date", assured.toString());
        ObjectNode organisation = s.putObject("organization");
        organisation.put("id", UUID.randomUUID().toString());
        organisation.put("name", name + " group");
        organisation.put("description", "Runs " + name);
        return s;
    }

    static ObjectNode at(ObjectNode service, double latitude, double longitude, String postcode) {
        ObjectNode sal = service.withArray("service_at_locations").addObject();
        sal.put("id", UUID.randomUUID().toString());
        ObjectNode location = sal.putObject("location");
        location.put("id", UUID.randomUUID().toString());
        location.put("location_type", "physical");
        location.put("name", "Hall for " + service.path("name").asText());
        location.put("latitude", latitude);
        location.put("longitude", longitude);
        ObjectNode address = location.withArray("addresses").addObject();
        address.put("id", UUID.randomUUID().toString());
        address.put("address_1", "1 High Street");
        address.put("city", "Rotherham");
        address.put("state_province", "South Yorkshire");
        address.put("postal_code", postcode);
        address.put("country", "GB");
        address.put("address_type", "physical");
        ObjectNode access = location.withArray("accessibility").addObject();
        access.put("id", UUID.randomUUID().toString());
        access.put("description", "Step-free access");
        return sal;
    }

    static void schedule(ObjectNode holder, String freq, String byday, String opens, String closes) {
        ObjectNode s = holder.withArray("schedules").addObject();
        s.put("id", UUID.randomUUID().toString());
        s.put("freq", freq);
        s.put("interval", 1);
        s.put("byday", byday);
        s.put("opens_at", opens);
        s.put("closes_at", closes);
        s.put("description", freq + " " + byday + " " + opens + "-" + closes);
        s.put("attending_type", "in_person");
    }

    static void term(ObjectNode service, String code) {
        ObjectNode attribute = service.withArray("attributes").addObject();
        attribute.put("id", UUID.randomUUID().toString());
        attribute.putObject("taxonomy_term").put("code", code);
    }

    static void contact(ObjectNode service, String name, String phone) {
        ObjectNode contact = service.withArray("contacts").addObject();
        contact.put("id", UUID.randomUUID().toString());
        contact.put("name", name);
        contact.withArray("phones").addObject().put("id", UUID.randomUUID().toString()).put("number", phone);
    }

    static void cost(ObjectNode service, String option, int amount) {
        service.withArray("cost_options").addObject().put("id", UUID.randomUUID().toString()).put("option", option)
                .put("amount", amount).put("currency", "GBP");
    }

    byte[] bytes() {
        return services.toString().getBytes(StandardCharsets.UTF_8);
    }
}
