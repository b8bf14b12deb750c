package org.signpost.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Open Referral UK 3.0 API description and schemata (test resources {@code oruk-spec-3.0/}, see its
 * README), as validators for the raw JSON of each /oruk response.
 */
final class OrukSpec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://oruk.schemata.test/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
            builder -> builder.schemaMappers(m -> m.mapPrefix(BASE, "classpath:oruk-spec-3.0/schemata/")));
    private static final JsonNode OPENAPI = read("/oruk-spec-3.0/openapi.json");
    private static final JsonSchema PAGE = FACTORY.getSchema(OPENAPI.at("/components/schemas/Page"));
    private static final JsonSchema INFO = FACTORY.getSchema(
            OPENAPI.at("/paths/~1/get/responses/200/content/application~1json/schema"));

    private OrukSpec() {
    }

    static JsonSchema schema(String file) {
        return FACTORY.getSchema(SchemaLocation.of(BASE + file));
    }

    /** Checks a response body from the /oruk path it came from; returns it parsed. */
    static JsonNode validate(String path, String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        String route = path.replaceAll("\\?.*", "");
        if (route.equals("/oruk/")) {
            check(INFO, json, "", problems);
        } else if (route.equals("/oruk/services")) {
            page(json, "service.json", problems);
        } else if (route.startsWith("/oruk/services/")) {
            check(schema("service.json"), json, "", problems);
        } else if (route.equals("/oruk/service_at_locations")) {
            page(json, "service_at_location.json", problems);
            json.path("contents").forEach(item -> check(schema("service.json"), item.path("service"), "service.", problems));
        } else if (route.startsWith("/oruk/service_at_locations/")) {
            check(schema("service_at_location.json"), json, "", problems);
            check(schema("service.json"), json.path("service"), "service.", problems);
        } else if (route.equals("/oruk/organizations")) {
            page(json, "organization.json", problems);
        } else if (route.startsWith("/oruk/organizations/")) {
            check(schema("organization.json"), json, "", problems);
            json.path("services").forEach(item -> check(schema("service.json"), item, "services.", problems));
        } else if (route.equals("/oruk/taxonomies")) {
            page(json, "taxonomy.json", problems);
        } else if (route.startsWith("/oruk/taxonomies/")) {
            check(schema("taxonomy.json"), json, "", problems);
        } else if (route.equals("/oruk/taxonomy_terms")) {
            page(json, "taxonomy_term.json", problems);
        } else if (route.startsWith("/oruk/taxonomy_terms/")) {
            check(schema("taxonomy_term.json"), json, "", problems);
        } else {
            throw new IllegalArgumentException("not an ORUK path: " + path);
        }
        assertThat(problems).as("%s answers as ORUK 3.0 says", path).isEmpty();
        assertThat(body).as("%s sends no nulls (empty optional fields are left out)", path).doesNotContain(":null");
        return json;
    }

    private static void page(JsonNode json, String itemSchema, List<String> problems) {
        check(PAGE, json, "", problems);
        for (String field : new String[] {"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty",
                "contents"}) {
            if (!json.has(field)) {
                problems.add("page field " + field + " is missing");
            }
        }
        JsonSchema item = schema(itemSchema);
        int i = 0;
        for (JsonNode element : json.path("contents")) {
            check(item, element, "contents[" + i++ + "].", problems);
        }
    }

    private static void check(JsonSchema schema, JsonNode json, String prefix, List<String> problems) {
        Set<ValidationMessage> messages = schema.validate(json);
        messages.forEach(m -> problems.add(prefix + m.getMessage()));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OrukSpec.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
