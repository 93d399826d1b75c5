package io.executionauditor.importer.project;

import io.executionauditor.importer.Issues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.mpxj.ProjectFile;
import org.mpxj.RelationType;
import org.mpxj.Task;

/**
 * The {@code <depend>} links of a GanttProject file, nested tasks included. MPXJ 14.3 reads links only from
 * top-level tasks, so a phased plan loses most of its logic; this reads them all, so none is lost.
 */
final class GanttProjectLinks {
    /** A task of the file in document order, and the links it starts: {@code <depend id>} names a successor. */
    record GanTask(String id, String name, List<Depend> depends) {
    }

    /** GanttProject's types: 1 start-start, 2 finish-start, 3 finish-finish, 4 start-finish. */
    record Depend(String successorId, int type) {
    }

    private GanttProjectLinks() {
    }

    private static List<GanTask> read(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<GanTask> tasks = new ArrayList<>();
        Deque<GanTask> open = new ArrayDeque<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("task")) {
                    GanTask task = new GanTask(xml.getAttributeValue(null, "id"), xml.getAttributeValue(null, "name"),
                            new ArrayList<>());
                    tasks.add(task);
                    open.push(task);
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("task")) {
                    open.pop();
                } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("depend")
                        && !open.isEmpty()) {
                    open.peek().depends().add(new Depend(xml.getAttributeValue(null, "id"),
                            type(xml.getAttributeValue(null, "type"))));
                }
            }
            xml.close();
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
        return tasks;
    }

    /**
     * Adds to {@code links} the links of nested tasks MPXJ did not return, matching the file's tasks to MPXJ's in
     * document order; a file whose tasks do not line up keeps MPXJ's links alone, with a warning.
     */
    static void addNested(ProjectFile project, Path file, List<TaskLinks.Link> links, Issues issues) {
        if (project.getProjectProperties().getFileType() == null
                || !project.getProjectProperties().getFileType().equalsIgnoreCase("GAN")) {
            return;
        }
        List<GanttProjectLinks.GanTask> ganTasks;
        try {
            ganTasks = read(file);
        } catch (IOException e) {
            issues.warning(ProjectPlanMapper.LINKS, 0, null, "links of nested tasks could not be read (" + e.getMessage() + "): only "
                    + "top-level tasks' links are used");
            return;
        }
        List<Task> tasks = project.getTasks().stream().filter(t -> !ProjectPlanMapper.isProjectSummary(t)).toList();
        if (tasks.size() != ganTasks.size()) {
            issues.warning(ProjectPlanMapper.LINKS, 0, null, "the file's tasks do not line up with what MPXJ read: only top-level "
                    + "tasks' links are used");
            return;
        }
        Map<String, Task> byGanId = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            byGanId.put(ganTasks.get(i).id(), tasks.get(i));
        }
        Map<Task, Set<Task>> known = new IdentityHashMap<>();
        for (TaskLinks.Link link : links) {
            successorsOf(known, link.predecessor()).add(link.successor());
        }
        for (int i = 0; i < tasks.size(); i++) {
            for (GanttProjectLinks.Depend depend : ganTasks.get(i).depends()) {
                Task successor = byGanId.get(depend.successorId());
                if (successor != null && successorsOf(known, tasks.get(i)).add(successor)) {
                    links.add(new TaskLinks.Link(tasks.get(i), successor, ganType(depend.type()), null));
                }
            }
        }
    }

    private static Set<Task> successorsOf(Map<Task, Set<Task>> known, Task task) {
        return known.computeIfAbsent(task, t -> java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static RelationType ganType(int type) {
        return switch (type) {
            case 1 -> RelationType.START_START;
            case 3 -> RelationType.FINISH_FINISH;
            case 4 -> RelationType.START_FINISH;
            default -> RelationType.FINISH_START;
        };
    }

    private static int type(String text) {
        try {
            return text == null ? 2 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 2;
        }
    }
}
