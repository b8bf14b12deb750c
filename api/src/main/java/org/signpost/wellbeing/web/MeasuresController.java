package org.signpost.wellbeing.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import org.signpost.contract.model.Measure;
import org.signpost.contract.model.MeasureList;
import org.signpost.contract.model.MeasureScore;
import org.signpost.contract.model.ScoreRequest;
import org.signpost.contract.server.MeasuresApi;
import org.signpost.security.web.CurrentActor;
import org.signpost.wellbeing.application.MeasureCatalogue;

/**
 * The measure catalogue and the stateless scorer. No database work and no personal data stored:
 * it runs on the event loop.
 */
@Controller
class MeasuresController implements MeasuresApi {

    private final MeasureCatalogue catalogue;
    private final CurrentActor currentActor;

    MeasuresController(MeasureCatalogue catalogue, CurrentActor currentActor) {
        this.catalogue = catalogue;
        this.currentActor = currentActor;
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public MeasureList listMeasures() {
        return new MeasureList(catalogue.visibleTo(currentActor.get()).stream().map(MeasureResponses::measure).toList());
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Measure getMeasure(String measureId) {
        return MeasureResponses.measure(catalogue.visibleTo(currentActor.get(), measureId));
    }

    @Override
    @Secured({"LINK_WORKER", "COORDINATOR", "RESIDENT"})
    public MeasureScore scoreMeasure(String measureId, ScoreRequest scoreRequest) {
        return MeasureResponses.score(catalogue.score(measureId,
                scoreRequest.getAnswers() == null ? Map.of() : scoreRequest.getAnswers()));
    }
}
