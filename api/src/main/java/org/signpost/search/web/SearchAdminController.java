package org.signpost.search.web;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.signpost.contract.model.ConsistencyReport;
import org.signpost.contract.model.RebuildProgress;
import org.signpost.contract.server.SearchAdminApi;
import org.signpost.indexer.ConsistencyCheck;
import org.signpost.indexer.IndexRebuilder;
import org.signpost.indexer.IndexerRunner;
import org.signpost.platform.errors.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rebuild and consistency check of the search index, for administrators. */
@Controller
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchAdminController implements SearchAdminApi {

    private static final Logger LOG = LoggerFactory.getLogger(SearchAdminController.class);

    private final BeanProvider<IndexerRunner> runner;
    private final IndexRebuilder rebuilder;
    private final ConsistencyCheck consistency;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "search-rebuild"));

    SearchAdminController(BeanProvider<IndexerRunner> runner, IndexRebuilder rebuilder, ConsistencyCheck consistency) {
        this.runner = runner;
        this.rebuilder = rebuilder;
        this.consistency = consistency;
    }

    @Override
    public RebuildProgress searchRebuildProgress() {
        return progress(rebuilder.progress());
    }

    @Override
    public synchronized HttpResponse<RebuildProgress> startSearchRebuild() {
        if (!runner.isPresent()) {
            throw new ConflictException("The search indexer is switched off in this process (signpost.indexer.enabled)");
        }
        if (!runner.get().leader()) {
            throw new ConflictException("Another instance holds the indexer lease: start the rebuild there");
        }
        if ("running".equals(rebuilder.progress().state())) {
            throw new ConflictException("A rebuild is already running");
        }
        background.submit(() -> {
            try {
                runner.get().rebuild();
            } catch (IOException | RuntimeException e) {
                LOG.error("Search index rebuild failed", e);
            }
        });
        return HttpResponse.status(HttpStatus.ACCEPTED).body(progress(rebuilder.progress()));
    }

    @Override
    public ConsistencyReport checkSearchConsistency(Boolean repair) {
        try {
            ConsistencyCheck.Report report = consistency.run(Boolean.TRUE.equals(repair));
            return new ConsistencyReport(report.services(), report.documents(), report.differences(), report.totalDifferences(),
                    report.samples(), report.repairedServices());
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer", e);
        }
    }

    private static RebuildProgress progress(org.signpost.indexer.RebuildProgress p) {
        RebuildProgress progress = new RebuildProgress(org.signpost.contract.model.RebuildProgressState.fromValue(p.state()), p.services(), p.documents(),
                p.elapsedMillis(), p.documentsPerSecond());
        progress.setTargetIndex(p.targetIndex());
        progress.setError(p.error());
        return progress;
    }
}
