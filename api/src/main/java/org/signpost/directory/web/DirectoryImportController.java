package org.signpost.directory.web;

import io.micronaut.http.annotation.Controller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.signpost.contract.model.ImportSummary;
import org.signpost.contract.server.DirectoryImportApi;
import org.signpost.directory.application.ImportReport;
import org.signpost.directory.application.OrukImport;
import org.signpost.security.web.CurrentActor;

/** ADMIN uploads an ORUK feed; the answer is the import's summary. */
@Controller
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class DirectoryImportController implements DirectoryImportApi {

    private final OrukImport imports;
    private final CurrentActor actor;

    DirectoryImportController(OrukImport imports, CurrentActor actor) {
        this.imports = imports;
        this.actor = actor;
    }

    @Override
    public ImportSummary importOrukFeed(String source, CompletedFileUpload file, Boolean verified) {
        byte[] feed = bytes(file);
        ImportReport report = imports.importFeed(() -> new ByteArrayInputStream(feed),
                OrukImport.Options.standard(source, Boolean.TRUE.equals(verified), actor.get().userId()));
        return new ImportSummary(report.source(), report.records(), report.inserted(), report.updated(), report.unchanged(),
                report.rejected(), report.rejections(), report.warnings(), report.elapsedMillis());
    }

    /** The upload, held once (it is read twice: checked, then written). */
    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
