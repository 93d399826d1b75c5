package io.executionauditor.importer.project;

import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.UnreadableInputException;
import java.nio.file.Path;
import org.mpxj.ProjectFile;

/** Imports the plan files MPXJ reads; see {@link ProjectPlanMapper} for what each part of a schedule becomes. */
public final class ProjectFileImporter {
    private ProjectFileImporter() {
    }

    /** The plan in {@code file}, or {@code null} when the file is no project format MPXJ knows. */
    public static ImportResult importIfProject(Path file, String name, PeriodGrain grain)
            throws UnreadableInputException {
        ProjectFile project = ProjectFiles.read(file, name);
        return project == null ? null : new ProjectPlanMapper(project, file, name, grain).map();
    }
}
