package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchApi;
import org.signpost.contract.model.FieldError;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.SearchResults;
import org.signpost.contract.model.ServiceHit;
import org.signpost.testing.MutableClock;
import org.signpost.testing.Places;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;

/**
 * A paging cursor is the service's own: an edited one (an earlier moment, so listings that have
 * since gone stale come back; other sort values; another shape) is refused with 400 naming
 * {@code cursor}, never followed and never a 500. One it issued still pages on.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "signpost.test.mutable-clock", value = "true")
class SearchCursorsAreSignedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SearchApi api;

    @Inject
    SearchListings listings;

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anEditedCursorIsRefusedAndDoesNotShowListingsResidentsNoLongerSee() throws Exception {
        Places here = Places.fresh();
        listings.listing("Rawmarsh Walking Group").at(here.lat(), here.lon()).save();
        listings.listing("Rawmarsh Choir").at(here.latAt(80), here.lon()).save();
        String stale = listings.listing("Rawmarsh Stale Lunch Club").at(here.latAt(40), here.lon())
                .assured(LocalDate.now().minusMonths(13)).save().toString();
        listings.index();
        SearchResults first = query(here).resident();
        assertThat(first.getTotal()).isEqualTo(2);
        String issued = first.getNextCursor();
        assertThat(issued).isNotNull();

        SearchQuery second = query(here);
        second.cursor = issued;
        assertThat(second.resident().getResults()).hasSize(1);

        long beforeItWentStale = LocalDate.now().minusMonths(12).minusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        SearchQuery back = query(here);
        back.cursor = edit(issued, fields -> fields.put("t", beforeItWentStale));
        assertNamesCursor(expectProblem(HttpStatus.BAD_REQUEST, back::resident));

        SearchQuery fromTheStart = query(here);
        fromTheStart.cursor = edit(issued, fields -> fields.putArray("a").add(-1_000_000).add("0"));
        assertNamesCursor(expectProblem(HttpStatus.BAD_REQUEST, fromTheStart::resident));

        SearchQuery wrongShape = query(here);
        wrongShape.cursor = edit(issued, fields -> fields.putArray("a").addObject().put("x", 1));
        assertNamesCursor(expectProblem(HttpStatus.BAD_REQUEST, wrongShape::resident));

        SearchQuery notOurs = query(here);
        notOurs.cursor = issued.substring(0, issued.length() - 2) + (issued.endsWith("AA") ? "BB" : "AA");
        assertNamesCursor(expectProblem(HttpStatus.BAD_REQUEST, notOurs::resident));

        assertThat(query(here).resident().getResults()).extracting(ServiceHit::getId).map(Object::toString).doesNotContain(stale);
    }

    @Test
    void aCursorOlderThanItsLifetimeIsRefused() {
        Places here = Places.fresh();
        listings.listing("Kimberworth Allotment Society").at(here.lat(), here.lon()).save();
        listings.listing("Kimberworth Men's Shed").at(here.latAt(60), here.lon()).save();
        listings.index();
        String issued = query(here).resident().getNextCursor();

        clock.set(ZonedDateTime.now().plusMinutes(61));
        SearchQuery late = query(here);
        late.cursor = issued;
        Problem expired = expectProblem(HttpStatus.BAD_REQUEST, late::resident);
        assertNamesCursor(expired);
        assertThat(expired.getErrors().get(0).getDetail()).contains("expired");
    }

    private SearchQuery query(Places here) {
        return new SearchQuery(api).around(here.lat(), here.lon(), 1000).limit(1);
    }

    private static void assertNamesCursor(Problem problem) {
        assertThat(problem.getErrors()).extracting(FieldError::getField).containsExactly("cursor");
    }

    /** The cursor with its JSON payload (the part before any '.') changed and its tail kept as it was. */
    private static String edit(String cursor, Consumer<ObjectNode> change) throws Exception {
        int dot = cursor.indexOf('.');
        String payload = dot < 0 ? cursor : cursor.substring(0, dot);
        ObjectNode fields = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(payload));
        change.accept(fields);
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(fields));
        return dot < 0 ? edited : edited + cursor.substring(dot);
    }
}
