package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchApi;
import org.signpost.contract.model.ServiceHit;
import org.signpost.directory.application.ImportReport;
import org.signpost.directory.application.OrukImport;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;

/**
 * A council feed's phone lines and online services say where they serve (HSDS service_area). A
 * resident searching near home with remote services included sees the ones that serve their
 * district, national ones and ones whose area we cannot place, never another borough's helpline.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
class RemoteServicesShowWhereTheirAreaCoversTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OrukImport imports;

    @Inject
    SearchListings listings;

    @Inject
    SearchApi search;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aRemoteServiceAppearsOnlyWhereItsAreaCoversTheSearchedPlace() {
        String tag = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ArrayNode feed = JSON.createArrayNode();
        remote(feed, "Rotherham helpline " + tag, "Rotherham borough", "S60, S61, S62, S63, S65, S66");
        remote(feed, "Scunthorpe helpline " + tag, "North Lincolnshire", "DN15 DN16 DN17");
        remote(feed, "National helpline " + tag, "United Kingdom", null);
        remote(feed, "Borough chat line " + tag, "Rotherham borough", null);
        remote(feed, "Web course " + tag, null, null).remove("service_areas");
        ImportReport report = imports.importFeed(() -> new ByteArrayInputStream(feed.toString().getBytes(StandardCharsets.UTF_8)),
                OrukImport.Options.standard("test-" + tag, true, null));
        assertThat(report.rejections()).isEmpty();
        listings.index();

        List<String> rotherham = names(near("S60 1AB", tag));
        List<String> scunthorpe = names(near("DN15 6NL", tag));

        assertThat(rotherham).containsExactlyInAnyOrder("Rotherham helpline " + tag, "National helpline " + tag,
                "Borough chat line " + tag, "Web course " + tag);
        assertThat(scunthorpe).containsExactlyInAnyOrder("Scunthorpe helpline " + tag, "National helpline " + tag,
                "Borough chat line " + tag, "Web course " + tag);
        Map<String, Object> stored = transactions.executeRead(status -> jdbc.prepareStatement("SELECT COUNT(*) FROM service_area a JOIN service s ON s.id = a.service_id"
                + " WHERE s.source = ?", st -> {
                    st.setString(1, "test-" + tag);
                    try (var rs = st.executeQuery()) {
                        rs.next();
                        return Map.<String, Object>of("areas", rs.getInt(1));
                    }
                }));
        assertThat(stored.get("areas")).as("the areas are stored, not dropped").isEqualTo(4);
    }

    private List<ServiceHit> near(String postcode, String tag) {
        SearchQuery query = new SearchQuery(search).text(tag).limit(50);
        query.postcode = postcode;
        query.includeRemote = true;
        return query.resident().getResults();
    }

    private static List<String> names(List<ServiceHit> hits) {
        return hits.stream().map(ServiceHit::getName).collect(Collectors.toList());
    }

    private static ObjectNode remote(ArrayNode feed, String name, String areaName, String areaText) {
        ObjectNode s = feed.addObject();
        s.put("id", UUID.randomUUID().toString());
        s.put("name", name);
        s.put("description", name + ", by phone.");
        s.put("status", "active");
        s.put("assured_date", LocalDate.now().minusDays(3).toString());
        s.putArray("x_delivery_modes").add("phone");
        s.put("x_referral_route", "self_referral");
        ObjectNode organisation = s.putObject("organization");
        organisation.put("id", UUID.randomUUID().toString());
        organisation.put("name", name + " trust");
        organisation.put("description", "Runs " + name);
        ObjectNode area = s.withArray("service_areas").addObject();
        area.put("id", UUID.randomUUID().toString());
        if (areaName != null) {
            area.put("name", areaName);
        }
        if (areaText != null) {
            area.put("service_area", areaText);
        }
        return s;
    }
}
