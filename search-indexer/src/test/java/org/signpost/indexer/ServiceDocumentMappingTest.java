package org.signpost.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The document, its mapping and the field names agree: every component of {@link ServiceDocument}
 * is a mapped field and every mapped field (but the {@code copy_to} targets) is a component, the
 * {@link SearchFields} constants name exactly the mapped fields, and a document with every field
 * set, written through the real {@link IndexWriter} and read back through the read alias, comes
 * back whole. A new field that is added to one of the three and not the others fails here.
 */
@MicronautTest(startApplication = false, transactional = false)
class ServiceDocumentMappingTest {

    @Inject
    ServiceIndex index;

    @Inject
    IndexWriter writer;

    @Inject
    ElasticsearchClient client;

    @Inject
    ObjectMapper json;

    @Test
    void everyFieldOfTheDocumentIsMappedAndEveryMappedFieldIsInTheDocument() throws IOException {
        JsonNode properties = mapping().path("mappings").path("properties");
        Set<String> copyTargets = copyTargets(properties);

        assertEquals(minus(names(properties), copyTargets), componentNames(ServiceDocument.class));
        assertEquals(names(properties.path(SearchFields.SESSIONS).path("properties")), componentNames(ServiceDocument.Session.class));
        assertEquals(Set.of(SearchFields.SEARCH_TEXT), copyTargets, "copy_to targets are filled by Elasticsearch, never by the document");
    }

    @Test
    void theFieldNamesAreExactlyTheMappedFields() throws IOException {
        JsonNode properties = mapping().path("mappings").path("properties");
        Set<String> mapped = names(properties);
        properties.fields().forEachRemaining(field -> field.getValue().path("fields").fieldNames()
                .forEachRemaining(sub -> mapped.add(field.getKey() + "." + sub)));

        assertEquals(mapped, constants(SearchFields.class));
        assertEquals(names(properties.path(SearchFields.SESSIONS).path("properties")), constants(SearchFields.Session.class));
    }

    @Test
    void aDocumentWithEveryFieldWrittenByTheIndexerComesBackWhole() throws IOException {
        index.ensureExists();
        ServiceDocument written = everyFieldSet(UUID.randomUUID());
        assertEquals(Set.of(), nullComponents(written), "the fixture sets every field, so a new one cannot be left untested");
        assertEquals(Set.of(), nullComponents(written.sessions().get(0)));
        UUID service = UUID.fromString(written.serviceId());

        Map<UUID, String> failures = writer.apply(List.of(service),
                Map.of(service, new ServiceDocuments(service, written.version(), List.of(written))), index.writeTargets());
        assertEquals(Map.of(), failures);

        GetResponse<ServiceDocument> read = client.get(g -> g.index(index.readAlias()).id(written.docId()), ServiceDocument.class);
        assertTrue(read.found());
        assertEquals(written, read.source());
        assertEquals(written.version(), read.version(), "the row version is the document's external version");

        @SuppressWarnings("rawtypes")
        GetResponse<Map> raw = client.get(g -> g.index(index.readAlias()).id(written.docId()), Map.class);
        JsonNode properties = mapping().path("mappings").path("properties");
        assertEquals(minus(names(properties), copyTargets(properties)), new TreeSet<>(keys(raw.source())),
                "the stored source carries every mapped field");
        assertEquals("2026-03-31", raw.source().get(SearchFields.ASSURED_DATE), "dates are ISO text, as the mapping's strict_date wants");

        // the fields the search filters on answer as mapped
        long found = client.count(c -> c.index(index.readAlias()).query(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field(SearchFields.SERVICE_ID).value(written.serviceId())))
                .filter(f -> f.term(t -> t.field(SearchFields.NAME_RAW).value(written.name())))
                .filter(f -> f.match(m -> m.field(SearchFields.SEARCH_TEXT).query("allotment")))
                .filter(f -> f.range(r -> r.date(d -> d.field(SearchFields.ASSURED_DATE).gte("2026-03-01"))))
                .filter(f -> f.geoDistance(g -> g.field(SearchFields.LOCATION).distance("1km")
                        .location(l -> l.latlon(ll -> ll.lat(53.4302).lon(-1.3568)))))
                .filter(f -> f.nested(n -> n.path(SearchFields.SESSIONS).query(nq -> nq.term(t -> t
                        .field(SearchFields.Session.path(SearchFields.Session.DAY)).value("TU")))))))).count();
        assertEquals(1, found);
    }

    static ServiceDocument everyFieldSet(UUID service) {
        UUID place = UUID.randomUUID();
        return new ServiceDocument(service + ":" + place, service.toString(), place.toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "Clifton Park Allotment Friends", "Growing vegetables together on Tuesday mornings",
                "Rotherham Allotments Association", "Clifton Park", List.of("food", "food.growing"), List.of("food.growing"),
                List.of("Food", "Growing", "gardening"), "active", true, LocalDate.of(2026, 3, 31), true,
                new ServiceDocument.Point(53.4302, -1.3568), "S65 2AA", "S65", List.of("S60", "S65"), "Rotherham", true, 16, 99,
                List.of("in_person"), "self_referral", List.of("wheelchair_access"), 4, 12, List.of("en", "ur"),
                List.of(new ServiceDocument.Session("TU", 2, 1, 0, 600, 690, LocalDate.of(2026, 1, 6), LocalDate.of(2026, 12, 29))),
                "Tuesdays 10am to 11:30am", new ServiceDocument.Completion(List.of("Clifton Park Allotment Friends")),
                new ServiceDocument.Completion(List.of("Rotherham Allotments Association")), 3L);
    }

    private JsonNode mapping() throws IOException {
        try (InputStream in = ServiceIndex.class.getResourceAsStream("/elasticsearch/services-index.json")) {
            assertNotNull(in);
            return json.readTree(in);
        }
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> copyTargets(JsonNode properties) {
        Set<String> targets = new TreeSet<>();
        properties.forEach(field -> {
            JsonNode copyTo = field.path("copy_to");
            if (copyTo.isArray()) {
                copyTo.forEach(target -> targets.add(target.asText()));
            } else if (copyTo.isTextual()) {
                targets.add(copyTo.asText());
            }
        });
        return targets;
    }

    private static Set<String> minus(Set<String> all, Set<String> left) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(left);
        return rest;
    }

    private static Set<String> componentNames(Class<? extends Record> type) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            if (property == null) {
                property = field(type, component).getAnnotation(JsonProperty.class);
            }
            assertNotNull(property, type.getSimpleName() + "." + component.getName() + " names its field");
            names.add(property.value());
        }
        return names;
    }

    private static java.lang.reflect.Field field(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> constants(Class<?> holder) {
        Set<String> values = new TreeSet<>();
        Arrays.stream(holder.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class)
                .forEach(f -> {
                    try {
                        values.add((String) f.get(null));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                });
        return values;
    }

    private static Set<String> nullComponents(Record record) {
        Set<String> nulls = new HashSet<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                if (component.getAccessor().invoke(record) == null) {
                    nulls.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return nulls;
    }

    private static Set<String> keys(Map<?, ?> source) {
        Set<String> keys = new HashSet<>();
        source.keySet().forEach(key -> keys.add(key.toString()));
        return keys;
    }
}
