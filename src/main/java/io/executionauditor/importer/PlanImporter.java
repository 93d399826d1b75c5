package io.executionauditor.importer;

import io.executionauditor.importer.csv.CsvSource;
import io.executionauditor.importer.jira.JiraImporter;
import io.executionauditor.importer.project.PeriodGrain;
import io.executionauditor.importer.project.ProjectFileImporter;
import io.executionauditor.importer.xlsx.XlsxSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a plan file: a canonical {@code .xlsx} workbook, a {@code .csv} file (the Items sheet alone, or a Jira export
 * when its header row is one), a folder of per-sheet CSV files ({@code Items.csv}, {@code People.csv}...) or a
 * project file MPXJ reads (MS Project, Primavera, GanttProject...). What a file is comes from its content, not its
 * name. Problems in cells are collected in the report; only an input that cannot be read at all throws.
 */
public final class PlanImporter {
    static final String EXPECTED = "an .xlsx workbook, a .csv file, a folder of .csv files, or a project file: "
            + "MS Project .mpp/.xml/.mpx, Primavera .xer/P6 XML, GanttProject .gan, Planner, ProjectLibre .pod";

    /** The sheets a workbook's mapping reads last, read meanwhile on the other core. */
    private static final List<String> LATER_SHEETS = List.of(CanonicalSheet.UPDATES.title(),
            CanonicalSheet.CHANGES.title());

    public ImportResult importPlan(Path input) throws UnreadableInputException {
        return importPlan(input, PeriodGrain.MONTHS);
    }

    /** As {@link #importPlan(Path)}; a plan without sprints (a project file) is cut into {@code grain}. */
    public ImportResult importPlan(Path input, PeriodGrain grain) throws UnreadableInputException {
        Path name = input.getFileName();
        return importPlan(input, name == null ? input.toString() : name.toString(), grain);
    }

    /**
     * Imports a file stored under a name of its own (an upload): {@code name}, the name its owner knows it by, is
     * the one messages and {@code Plan.source} give.
     */
    public ImportResult importPlan(Path input, String name) throws UnreadableInputException {
        return importPlan(input, name, PeriodGrain.MONTHS);
    }

    /** As {@link #importPlan(Path, String)}; a plan without sprints (a project file) is cut into {@code grain}. */
    public ImportResult importPlan(Path input, String name, PeriodGrain grain) throws UnreadableInputException {
        if (Files.isDirectory(input)) {
            return sheets(CsvSource.ofFolder(input));
        }
        name = shown(name);
        if (!Files.isRegularFile(input)) {
            throw new UnreadableInputException(shown(input.toString()) + ": no such file or folder (expected "
                    + EXPECTED + ")");
        }
        byte[] head;
        try {
            head = Sniffer.head(input);
        } catch (IOException e) {
            throw new UnreadableInputException(name + " cannot be read (" + e.getMessage() + ")");
        }
        String foreign = Sniffer.foreign(head);
        if (foreign != null) {
            throw new UnreadableInputException(name + " is " + foreign + ", not a plan (expected " + EXPECTED + ")");
        }
        Sniffer kind = Sniffer.of(head);
        switch (kind) {
            case EMPTY:
                throw new UnreadableInputException(name + " is empty (expected " + EXPECTED + ")");
            case ZIP:
                XlsxSource workbook = XlsxSource.open(input, name);
                return sheets(PrefetchingSource.of(workbook, workbook::secondReader, LATER_SHEETS));
            case TEXT:
                if (!Sniffer.isProjectText(head)) {
                    return JiraImporter.isJiraExport(input, name) ? JiraImporter.importPlan(input, name)
                            : sheets(CsvSource.ofFile(input, name));
                }
                break;
            default:
                break;
        }
        ImportResult project = ProjectFileImporter.importIfProject(input, name, grain);
        if (project != null) {
            return project;
        }
        if (kind == Sniffer.OLE2) {
            throw XlsxSource.ole2(input, name);
        }
        if (kind == Sniffer.TEXT && Sniffer.isWebPage(head)) {
            throw new UnreadableInputException(name + " is a web page (HTML), not a plan (expected " + EXPECTED + ")");
        }
        if (kind == Sniffer.TEXT && Sniffer.declaresDoctype(head)) {
            throw new UnreadableInputException(name + " is XML that declares a DOCTYPE, which is refused: XML "
                    + "entities can make a reader fetch files or expand without end, and no plan format needs one "
                    + "(expected " + EXPECTED + ")");
        }
        throw new UnreadableInputException(name + " is " + (kind == Sniffer.TEXT ? "a markup or project text file "
                + "of no format the auditor reads" : "neither a workbook, a CSV text file nor a project file the "
                + "auditor reads") + " (expected " + EXPECTED + ")");
    }

    /**
     * A file name as messages and reports show it: on one line, whatever the file system allowed (a line break or a
     * tab in a name becomes {@code ?}).
     */
    static String shown(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    private static ImportResult sheets(SheetSource source) throws UnreadableInputException {
        try (source) {
            return new PlanMapping(source).run();
        }
    }
}
