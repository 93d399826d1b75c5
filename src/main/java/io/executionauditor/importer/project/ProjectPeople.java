package io.executionauditor.importer.project;

import io.executionauditor.importer.Issues;
import io.executionauditor.importer.SheetCounts;
import io.executionauditor.importer.Values;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.ProjectFile;
import org.mpxj.Resource;
import org.mpxj.ResourceType;

/** The people of a project file: its named work resources, with capacity from their calendars and max units. */
final class ProjectPeople {
    private final ProjectFile project;
    private final WorkCalendars calendars;
    private final Issues issues;
    /** People by their resource, and by name in the file's resource order. */
    private final Map<Resource, Person> people = new IdentityHashMap<>();
    private final Map<String, Person> peopleByName = new LinkedHashMap<>();

    ProjectPeople(ProjectFile project, WorkCalendars calendars, Issues issues) {
        this.project = project;
        this.calendars = calendars;
        this.issues = issues;
    }

    /** The person a resource is, or {@code null} for a role, a material, a cost or an unnamed placeholder. */
    Person of(Resource resource) {
        return resource == null ? null : people.get(resource);
    }

    List<Person> all() {
        return new ArrayList<>(peopleByName.values());
    }

    /** A named work resource that is not a role: someone who can own work. */
    static boolean isPerson(Resource resource) {
        return resource != null && !isBlank(resource.getName()) && !resource.getRole()
                && (resource.getType() == null || resource.getType() == ResourceType.WORK);
    }

    /** Work resources with a name are people; roles, materials, costs and unnamed placeholders are counted. */
    SheetCounts read(List<Period> periods) {
        List<String> roles = new ArrayList<>();
        List<String> notWork = new ArrayList<>();
        int unnamed = 0;
        int read = 0;
        for (Resource resource : project.getResources()) {
            if (isBlank(resource.getName())) {
                if (!Integer.valueOf(0).equals(resource.getID())) { // ID 0: MS Project's "unassigned" placeholder
                    read++;
                    unnamed++;
                }
                continue;
            }
            read++;
            String name = resource.getName().strip();
            if (resource.getRole()) {
                roles.add(name);
            } else if (resource.getType() != null && resource.getType() != ResourceType.WORK) {
                notWork.add(name);
            } else {
                Person person = peopleByName.get(name);
                if (person == null) {
                    person = person(name, resource, periods);
                    peopleByName.put(name, person);
                } else {
                    issues.warning(ProjectPlanMapper.RESOURCES, resourceRow(resource), null, "a second resource named \"" + name
                            + "\": its assignments count as the first one's");
                }
                people.put(resource, person);
            }
        }
        if (unnamed > 0) {
            issues.warning(ProjectPlanMapper.RESOURCES, 0, null, unnamed + " resources without a name skipped: their tasks have no "
                    + "owner from them");
        }
        if (!roles.isEmpty()) {
            issues.warning(ProjectPlanMapper.RESOURCES, 0, null, roles.size() + " roles skipped: a role is a kind of person, not an "
                    + "owner (" + Values.examples(roles) + ")");
        }
        if (!notWork.isEmpty()) {
            issues.warning(ProjectPlanMapper.RESOURCES, 0, null, notWork.size() + " material or cost resources skipped: only people "
                    + "own work (" + Values.examples(notWork) + ")");
        }
        return new SheetCounts(ProjectPlanMapper.RESOURCES, read, peopleByName.size(),
                roles.size() + notWork.size() + unnamed);
    }

    private static int resourceRow(Resource resource) {
        return resource.getID() == null ? 0 : resource.getID();
    }

    /** Capacity per period from the calendar and max units; the commonest value, with the others as overrides. */
    private Person person(String name, Resource resource, List<Period> periods) {
        Map<String, Double> byPeriod = calendars.capacity(resource, periods);
        Map<Double, Integer> frequency = new HashMap<>();
        byPeriod.values().forEach(hours -> frequency.merge(hours, 1, Integer::sum));
        Double usual = frequency.entrySet().stream()
                .max(Map.Entry.<Double, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        Map<String, Double> overrides = new LinkedHashMap<>();
        byPeriod.forEach((period, hours) -> {
            if (!hours.equals(usual)) {
                overrides.put(period, hours);
            }
        });
        return new Person(name, isBlank(resource.getGroup()) ? null : resource.getGroup().strip(), usual, overrides);
    }


    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
