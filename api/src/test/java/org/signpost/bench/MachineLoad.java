package org.signpost.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The load average a benchmark prints beside its figures, so a reader can tell a quiet run from a busy one. */
final class MachineLoad {

    private MachineLoad() {
    }

    static String now() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim() + " (1, 5, 15 min; " + Runtime.getRuntime().availableProcessors()
                    + " cores)";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
