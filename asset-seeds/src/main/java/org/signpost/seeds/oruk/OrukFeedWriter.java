package org.signpost.seeds.oruk;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.signpost.seeds.model.ImportedContact;
import org.signpost.seeds.model.ImportedCostOption;
import org.signpost.seeds.model.ImportedOrganisation;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.ImportedServiceArea;
import org.signpost.seeds.model.TaxonomyTermRef;

/**
 * Writes services as a JSON array of ORUK full service records in our seed format (the shape
 * {@link OrukFeedReader} reads back to equal records), streaming: one record at a time, nothing held.
 * Empty and null fields are left out, as ORUK asks.
 */
public final class OrukFeedWriter implements Closeable {

    private final JsonGenerator json;

    /** Starts the array; {@link #close()} ends it and closes {@code out}. */
    public OrukFeedWriter(OutputStream out) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.writeStartArray();
    }

    public void write(ImportedService s) throws IOException {
        json.writeStartObject();
        Fields.string(json, "id", s.sourceId());
        if (s.organisation() != null) {
            Fields.string(json, "organization_id", s.organisation().sourceId());
        }
        Fields.string(json, "name", s.name());
        Fields.string(json, "description", s.description());
        Fields.string(json, "url", s.url());
        Fields.string(json, "email", s.email());
        Fields.string(json, "status", s.status() == null ? null : s.status().code());
        Fields.string(json, "fees", s.fees());
        Fields.number(json, "minimum_age", s.minimumAge());
        Fields.number(json, "maximum_age", s.maximumAge());
        Fields.string(json, "eligibility_description", s.eligibilityDescription());
        Fields.string(json, "assured_date", s.assuredDate());
        Fields.string(json, "assurer_email", s.assurerEmail());
        Fields.string(json, "alert", s.alert());
        Fields.string(json, "last_modified", s.lastModified());
        LocationFields.serviceAtLocations(json, s.sourceId(), s.locations());
        LocationFields.schedules(json, "service_id", s.sourceId(), s.schedules());
        serviceAreas(s.sourceId(), s.serviceAreas());
        if (!s.languages().isEmpty()) {
            json.writeArrayFieldStart("languages");
            for (var l : s.languages()) {
                json.writeStartObject();
                Fields.string(json, "id", l.sourceId());
                Fields.string(json, "service_id", s.sourceId());
                Fields.string(json, "name", l.name());
                Fields.string(json, "code", l.code());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        organisation(s.organisation());
        costOptions(s.sourceId(), s.costOptions());
        contacts(s.sourceId(), s.contacts());
        attributes(s.sourceId(), s.taxonomyTerms());
        extensions(s);
        json.writeEndObject();
    }

    private void serviceAreas(UUID serviceId, List<ImportedServiceArea> areas) throws IOException {
        if (areas.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("service_areas");
        for (ImportedServiceArea a : areas) {
            json.writeStartObject();
            Fields.string(json, "id", a.sourceId());
            Fields.string(json, "service_id", serviceId);
            Fields.string(json, "name", a.name());
            Fields.string(json, "service_area", a.description());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void organisation(ImportedOrganisation o) throws IOException {
        if (o == null) {
            return;
        }
        json.writeObjectFieldStart("organization");
        Fields.string(json, "id", o.sourceId());
        Fields.string(json, "name", o.name());
        Fields.string(json, "description", o.description());
        Fields.string(json, "email", o.email());
        Fields.string(json, "website", o.website());
        json.writeEndObject();
    }

    private void costOptions(UUID serviceId, List<ImportedCostOption> costs) throws IOException {
        if (costs.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("cost_options");
        for (ImportedCostOption c : costs) {
            json.writeStartObject();
            Fields.string(json, "id", c.sourceId());
            Fields.string(json, "service_id", serviceId);
            Fields.string(json, "valid_from", c.validFrom());
            Fields.string(json, "valid_to", c.validTo());
            Fields.string(json, "option", c.option());
            if (c.amount() != null) {
                json.writeNumberField("amount", c.amount());
            }
            Fields.string(json, "amount_description", c.amountDescription());
            Fields.string(json, "currency", c.currency());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void contacts(UUID serviceId, List<ImportedContact> contacts) throws IOException {
        if (contacts.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("contacts");
        for (ImportedContact c : contacts) {
            json.writeStartObject();
            Fields.string(json, "id", c.sourceId());
            Fields.string(json, "service_id", serviceId);
            Fields.string(json, "name", c.name());
            Fields.string(json, "title", c.title());
            Fields.string(json, "email", c.email());
            if (!c.phones().isEmpty()) {
                json.writeArrayFieldStart("phones");
                for (var p : c.phones()) {
                    json.writeStartObject();
                    Fields.string(json, "id", p.sourceId());
                    Fields.string(json, "contact_id", c.sourceId());
                    Fields.string(json, "number", p.number());
                    Fields.string(json, "type", p.type());
                    Fields.string(json, "description", p.description());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void attributes(UUID serviceId, List<TaxonomyTermRef> terms) throws IOException {
        if (terms.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("attributes");
        for (TaxonomyTermRef t : terms) {
            json.writeStartObject();
            Fields.string(json, "link_id", serviceId);
            Fields.string(json, "link_type", "service");
            Fields.string(json, "taxonomy_term_id", t.termId());
            json.writeObjectFieldStart("taxonomy_term");
            Fields.string(json, "id", t.termId());
            Fields.string(json, "code", t.code());
            Fields.string(json, "name", t.name());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void extensions(ImportedService s) throws IOException {
        if (!s.deliveryModes().isEmpty()) {
            json.writeArrayFieldStart("x_delivery_modes");
            for (var mode : s.deliveryModes()) {
                json.writeString(mode.code());
            }
            json.writeEndArray();
        }
        Fields.string(json, "x_referral_route", s.referralRoute() == null ? null : s.referralRoute().code());
        if (s.capacity() != null) {
            json.writeObjectFieldStart("x_capacity");
            json.writeNumberField("available", s.capacity().available());
            Fields.number(json, "maximum", s.capacity().maximum());
            json.writeEndObject();
        }
    }

    /** Ends the array and closes the stream. */
    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.close();
    }
}
