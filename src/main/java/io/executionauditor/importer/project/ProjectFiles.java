package io.executionauditor.importer.project;

import io.executionauditor.importer.Sniffer;
import io.executionauditor.importer.UnreadableInputException;
import java.nio.file.Path;
import java.util.Map;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Opens plan files with MPXJ (MS Project {@code .mpp}, {@code .mpx} and XML, Primavera XER and P6 XML,
 * GanttProject, Planner, ProjectLibre), recognised by their content; the other formats MPXJ recognises are named
 * and refused.
 */
final class ProjectFiles {
    private ProjectFiles() {
    }

    /**
     * The project the file holds, or {@code null} when it is no format MPXJ knows.
     *
     * <p>MPXJ sizes some buffers from length fields in the file (an MS Project file's {@code CompObj} stream, for
     * one), so a damaged or hostile file can ask for gigabytes at once. That allocation fails on its own, before
     * the heap fills, and nothing of it is reachable afterwards: the error is the file's fault, and it is reported
     * as such rather than taking the upload or the command down.
     */
    static ProjectFile read(Path file, String name) throws UnreadableInputException {
        UniversalProjectReader reader = new UniversalProjectReader();
        try (UniversalProjectReader.ProjectReaderProxy proxy = reader.getProjectReaderProxy(file.toFile())) {
            if (proxy == null || proxy.getProjectReader() == null) {
                return null;
            }
            String readerClass = proxy.getProjectReader().getClass().getSimpleName();
            String format = formatName(readerClass);
            if (!isRead(readerClass)) {
                throw new UnreadableInputException(name + " looks like " + format + ", a format the auditor does not "
                        + "read (expected " + FORMATS_READ + "; save the plan as MS Project XML from its program)");
            }
            if (Sniffer.declaresDoctype(Sniffer.head(file))) {
                throw doctype(name, format);
            }
            ProjectFile project;
            try {
                project = proxy.read();
            } catch (MPXJException | RuntimeException e) {
                throw damaged(name, format, e);
            } catch (OutOfMemoryError e) {
                throw tooLarge(name, format);
            }
            if (project == null) {
                throw new UnreadableInputException(name + " looks like " + format + " but holds no project");
            }
            return project;
        } catch (UnreadableInputException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw tooLarge(name, "a project file");
        } catch (Exception e) {
            throw new UnreadableInputException(name + " cannot be read as a project file (" + reason(e) + ")");
        }
    }

    private static UnreadableInputException damaged(String name, String format, Exception e) {
        if (reason(e).contains("DOCTYPE")) {
            return doctype(name, format);
        }
        return new UnreadableInputException(name + " looks like " + format + " but cannot be read: it may be damaged "
                + "or from a version MPXJ does not know (" + reason(e) + ")");
    }

    private static UnreadableInputException tooLarge(String name, String format) {
        return new UnreadableInputException(name + " looks like " + format + " but cannot be read: it claims to "
                + "hold more than fits in the memory the auditor has, so it is damaged (save the plan again from its "
                + "program)");
    }

    /** Refused before any parser sees it: whatever MPXJ's reader for the format does with entities. */
    private static UnreadableInputException doctype(String name, String format) {
        return new UnreadableInputException(name + " looks like " + format + " but declares a DOCTYPE, which is "
                + "refused: XML entities can make a reader fetch files or expand without end (save the plan "
                + "again from its program)");
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }

    /**
     * The formats the auditor reads, by MPXJ reader, with the names people know them by: the ones its tests and
     * fuzzing read. MPXJ recognises more (TurboProject, Asta, Phoenix, FastTrack, ...), but some of their readers
     * trust counts in the file (a table of two billion empty records keeps a reader busy for a minute), and a
     * server that takes files from a whole company reads only what it has been tried on.
     */
    private static final Map<String, String> READ = Map.of(
            "MPPReader", "an MS Project file (.mpp)",
            "MSPDIReader", "an MS Project XML file",
            "MPXReader", "an MPX file",
            "PrimaveraXERFileReader", "a Primavera XER file",
            "PrimaveraPMFileReader", "a Primavera P6 XML file",
            "GanttProjectReader", "a GanttProject file",
            "PlannerReader", "a GNOME Planner file",
            "ProjectLibreReader", "a ProjectLibre file");

    static final String FORMATS_READ = "MS Project (.mpp, .xml, .mpx), Primavera (.xer, P6 XML), GanttProject, "
            + "GNOME Planner or ProjectLibre";

    /** {@code MPPReader} becomes "an MS Project file (.mpp)", and so on; a reader not read here by its format. */
    static String formatName(String readerClass) {
        String known = READ.get(readerClass);
        return known != null ? known : "a " + readerClass.replace("Reader", "") + " project file";
    }

    static boolean isRead(String readerClass) {
        return READ.containsKey(readerClass);
    }
}
