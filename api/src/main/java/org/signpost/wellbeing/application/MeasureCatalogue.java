package org.signpost.wellbeing.application;

import io.micronaut.context.annotation.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;
import org.signpost.wellbeing.model.MeasureDefinition;
import org.signpost.wellbeing.model.MeasureScore;
import org.signpost.wellbeing.model.MeasureScoring;
import org.signpost.wellbeing.model.WholeNumberAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The measures this deployment knows, loaded once at start-up with the deployment's overrides
 * applied. Built at start ({@link Context}) so that a broken definition or a configuration key
 * naming no measure stops the service from starting rather than surfacing later.
 */
@Context
public class MeasureCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(MeasureCatalogue.class);

    private final Map<String, MeasureDefinition> measures;

    MeasureCatalogue(MeasureSource source, MeasureOverrideSource configuration) {
        Map<String, MeasureDefinition> byId = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (MeasureSource.Sourced sourced : source.load()) {
            String id = sourced.definition().id();
            if (sources.containsKey(id)) {
                throw new MeasureConfigurationException("Measure '" + id + "' is defined twice: in " + sources.get(id)
                        + " and in " + sourced.source() + "; a deployment changes a built-in measure through configuration"
                        + " (signpost.measures.enabled.<id>, signpost.measures.meaningful-change.<id>) or defines one with a new id");
            }
            sources.put(id, sourced.source());
            byId.put(id, sourced.definition());
        }
        MeasureOverrideRules.apply(byId, configuration.overridesFor(byId.keySet()));
        List<MeasureDefinition> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(MeasureDefinition::id));
        Map<String, MeasureDefinition> ordered = new LinkedHashMap<>();
        sorted.forEach(m -> ordered.put(m.id(), m));
        this.measures = Map.copyOf(ordered);
        LOG.info("Measures: {}", sorted.stream().map(m -> m.id() + (m.enabled() ? " (enabled)" : " (disabled)")).toList());
    }

    /** Every measure, enabled or not, by id. */
    public List<MeasureDefinition> all() {
        return measures.values().stream().sorted(Comparator.comparing(MeasureDefinition::id)).toList();
    }

    public List<MeasureDefinition> enabled() {
        return all().stream().filter(MeasureDefinition::enabled).toList();
    }

    public Optional<MeasureDefinition> find(String id) {
        return Optional.ofNullable(measures.get(id));
    }

    /** What this user may see: the enabled measures, and for an ADMIN the disabled ones too. */
    public List<MeasureDefinition> visibleTo(Actor actor) {
        return actor.has(Role.ADMIN) ? all() : enabled();
    }

    /**
     * One measure this user may see: not found when unknown; a measure defined but disabled is "not enabled in this
     * deployment" (409, the same answer scoring, recording and invitations give) for everyone but an ADMIN.
     */
    public MeasureDefinition visibleTo(Actor actor, String id) {
        MeasureDefinition measure = find(id).orElseThrow(() -> unknown(id));
        if (!measure.enabled() && !actor.has(Role.ADMIN)) {
            throw notEnabled(id);
        }
        return measure;
    }

    /** The one sentence for a measure defined but switched off, wherever it is asked for. */
    public static String notEnabledDetail(String id) {
        return "The measure '" + id + "' is not enabled in this deployment"
                + " (an administrator enables it once its licence or registration is in place)";
    }

    private static NotFoundException unknown(String id) {
        return new NotFoundException("There is no measure '" + id + "' in this deployment");
    }

    private static ConflictException notEnabled(String id) {
        return new ConflictException(notEnabledDetail(id), Map.of("measure_id", id, "enabled", false));
    }

    /** A measure that may be used now: not found when unknown, a conflict when defined but not enabled. */
    public MeasureDefinition requireEnabled(String id) {
        MeasureDefinition measure = find(id).orElseThrow(() -> unknown(id));
        if (!measure.enabled()) {
            throw notEnabled(id);
        }
        return measure;
    }

    /**
     * Scores answers on an enabled measure without storing anything: not found, then not enabled,
     * then each answer not a whole number, missing, out of range or unknown (all named at once).
     */
    public MeasureScore score(String id, Map<String, ? extends Number> answers) {
        MeasureDefinition measure = requireEnabled(id);
        return MeasureScoring.score(measure, WholeNumberAnswers.from(answers));
    }
}
