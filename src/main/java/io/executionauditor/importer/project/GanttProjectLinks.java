package io.executionauditor.importer.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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

    static List<GanTask> read(Path file) throws IOException {
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

    private static int type(String text) {
        try {
            return text == null ? 2 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 2;
        }
    }
}
