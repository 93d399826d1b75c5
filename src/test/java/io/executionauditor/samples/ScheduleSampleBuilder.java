package io.executionauditor.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mpxj.ChildTaskContainer;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.cpm.CpmException;
import org.mpxj.cpm.MicrosoftScheduler;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * Builds {@code samples/data-centre-move.xml}, an MS Project XML schedule made with MPXJ the way a scheduler makes
 * one in MS Project: tasks in four phases with their links, lags and constraints, seven people assigned to them, a
 * baseline saved from the first schedule, then the plan re-forecast with what really happened (the carrier was late,
 * the application mapping took longer) and statused on 26 June 2026. MPXJ's {@link MicrosoftScheduler} computes the
 * dates, float and critical flags, as MS Project would. samples/README.md tells what the plan shows.
 *
 * <p>Run on demand, from the project folder; {@code SamplesTest} fails when the committed file is no longer what
 * this class builds:
 *
 * <pre>
 * mvn -q -B test -Dtest=ScheduleSampleBuilder -Dsamples.write=true
 * </pre>
 */
class ScheduleSampleBuilder {
    static final Path SAMPLE = Path.of("samples", "data-centre-move.xml");

    private static final LocalDateTime PROJECT_START = LocalDateTime.of(2026, 2, 2, 8, 0);
    /** The status date: Friday 26 June 2026, end of the working day. */
    static final LocalDateTime STATUS_DATE = LocalDateTime.of(2026, 6, 26, 17, 0);

    @Test
    @EnabledIfSystemProperty(named = "samples.write", matches = "true")
    void writeTheSample() throws Exception {
        Files.write(SAMPLE, build());
        System.out.println("wrote " + SAMPLE);
    }

    /** The sample's bytes: the same on every run, so an unchanged builder rewrites the same file. */
    static byte[] build() throws IOException, CpmException {
        return new DataCentreMove().build();
    }

    /** The plan itself: who does what, in which order, and what happened until the status date. */
    private static final class DataCentreMove {
        private final ProjectFile file = new ProjectFile();
        private final ProjectCalendar calendar;
        private final Map<String, Resource> people = new LinkedHashMap<>();
        private final Map<Task, List<Resource>> owners = new IdentityHashMap<>();
        private final List<Task> work = new ArrayList<>();
        /** Part-time assignments, in percent; everyone else works their tasks full time. */
        private final Map<Task, Double> units = new IdentityHashMap<>();

        DataCentreMove() {
            calendar = file.addDefaultBaseCalendar();
            file.setDefaultCalendar(calendar);
            ProjectProperties properties = file.getProjectProperties();
            properties.setProjectTitle("Data centre move to Northgate colocation");
            properties.setAuthor("Claire Hammond");
            properties.setManager("Claire Hammond");
            properties.setCompany("Harrow & Finch Insurance");
            properties.setStartDate(PROJECT_START);
            properties.setCreationDate(LocalDateTime.of(2026, 1, 26, 9, 30));
        }

        byte[] build() throws IOException, CpmException {
            person("Claire Hammond");
            person("Vikram Shah");
            person("Lena Schmidt");
            person("Tom O'Neill");
            person("Grace Adeyemi");
            person("Marek Kowal");
            person("Sophie Turner");

            Task management = task(file, "Project management and weekly reporting", 150, "Claire Hammond");
            units.put(management, 25.0);

            Task design = summary("Discovery and design");
            Task inventory = task(design, "Inventory servers, storage and network", 10, "Tom O'Neill");
            Task mapping = task(design, "Map application dependencies", 15, "Sophie Turner");
            link(mapping, inventory, RelationType.START_START, 5);
            Task rackDesign = task(design, "Design the rack layout and power at Northgate", 8, "Vikram Shah");
            after(rackDesign, inventory);
            Task networkDesign = task(design, "Design the network and WAN links", 10, "Lena Schmidt");
            after(networkDesign, rackDesign);
            Task contract = task(design, "Sign the colocation contract", 10, "Claire Hammond");
            after(contract, rackDesign);
            Task waves = task(design, "Agree the move waves with the service owners", 5, "Claire Hammond",
                    "Sophie Turner");
            after(waves, mapping);
            after(waves, networkDesign);
            Task signedOff = milestone(design, "Design signed off");
            after(signedOff, waves);
            after(signedOff, contract);

            Task site = summary("Site preparation at Northgate");
            Task orderRacks = task(site, "Order racks, PDUs and cabling", 3, "Marek Kowal");
            after(orderRacks, signedOff);
            Task rackDelivery = task(site, "Rack and PDU delivery (supplier lead time)", 20);
            after(rackDelivery, orderRacks);
            Task installRacks = task(site, "Install racks, PDUs and power feeds", 5, "Marek Kowal");
            after(installRacks, rackDelivery);
            Task orderCircuits = task(site, "Order WAN circuits from the carrier", 2, "Lena Schmidt");
            after(orderCircuits, signedOff);
            Task circuits = task(site, "WAN circuit provisioning by the carrier", 50);
            after(circuits, orderCircuits);
            Task cabling = task(site, "Structured cabling and patch panels", 6, "Marek Kowal");
            link(cabling, installRacks, RelationType.START_START, 2);
            Task powerTest = task(site, "Test power failover and cooling", 2, "Marek Kowal", "Vikram Shah");
            after(powerTest, installRacks);
            Task switches = task(site, "Install core switches and firewalls", 5, "Lena Schmidt");
            after(switches, installRacks);
            link(switches, circuits, RelationType.FINISH_START, 2);
            Task siteReady = milestone(site, "Site ready");
            after(siteReady, switches);
            after(siteReady, cabling);
            after(siteReady, powerTest);

            Task migration = summary("Migration waves");
            Task replication = task(migration, "Replicate storage to Northgate", 15, "Grace Adeyemi");
            after(replication, siteReady);
            Task backups = task(migration, "Reconfigure backup jobs for Northgate", 4, "Grace Adeyemi");
            link(backups, replication, RelationType.FINISH_START, -3);
            Task wave1 = task(migration, "Wave 1: test and development servers", 5, "Tom O'Neill");
            link(wave1, replication, RelationType.START_START, 5);
            Task wave2 = task(migration, "Wave 2: internal applications", 5, "Tom O'Neill");
            link(wave2, wave1, RelationType.FINISH_START, 5);
            Task wave3 = task(migration, "Wave 3: customer-facing systems (cut-over)", 3, "Tom O'Neill",
                    "Grace Adeyemi");
            after(wave3, wave2);
            Task checks = task(migration, "Service owner checks after each wave", 20, "Sophie Turner");
            link(checks, wave1, RelationType.START_START, 0);
            link(checks, wave3, RelationType.FINISH_FINISH, 1);
            Task dns = task(migration, "Switch DNS and monitoring to Northgate", 2, "Lena Schmidt");
            link(dns, wave3, RelationType.FINISH_FINISH, 0);
            Task hypercare = task(migration, "Hypercare for the migrated services", 20);
            after(hypercare, wave3);
            Task migrated = milestone(migration, "All services running at Northgate");
            after(migrated, checks);
            after(migrated, dns);
            after(migrated, hypercare);

            Task close = summary("Decommission and close");
            Task maintenance = task(close, "Move hardware maintenance contracts to Northgate", 8, "Vikram Shah");
            after(maintenance, siteReady);
            Task cmdb = task(close, "Update the CMDB and runbooks", 5, "Sophie Turner");
            after(cmdb, wave3);
            Task briefing = task(close, "Brief staff on the new support arrangements", 1, "Claire Hammond");
            after(briefing, waves);
            Task drTest = task(close, "Disaster recovery test at Northgate", 2, "Vikram Shah", "Grace Adeyemi");
            after(drTest, wave3);
            Task removal = task(close, "Power down and remove the old hardware", 10, "Tom O'Neill");
            link(removal, wave3, RelationType.FINISH_START, 10);
            Task wiping = task(close, "Wipe disks and collect disposal certificates", 10, "Grace Adeyemi");
            after(wiping, removal);
            Task handBack = task(close, "Hand the old server room back to facilities", 5, "Marek Kowal");
            after(handBack, wiping);
            Task closeOut = task(close, "Close-out report and lessons learned", 3, "Claire Hammond");
            after(closeOut, handBack);
            after(closeOut, migrated);
            after(closeOut, maintenance);
            after(closeOut, cmdb);
            after(closeOut, briefing);
            after(closeOut, drTest);
            Task closed = milestone(close, "Project closed");
            after(closed, closeOut);

            // The baseline: the plan as approved, scheduled from the start, with the dates the business booked
            // pinned (the staff town hall, the disaster recovery test slot at Northgate) and the old server room's
            // lease end as the hand-back's deadline.
            pin(briefing, ConstraintType.MUST_START_ON, LocalDateTime.of(2026, 7, 15, 8, 0));
            pin(drTest, ConstraintType.MUST_START_ON, LocalDateTime.of(2026, 8, 18, 8, 0));
            handBack.setDeadline(LocalDateTime.of(2026, 9, 1, 17, 0));
            schedule();
            for (Task task : file.getTasks()) {
                task.setBaselineStart(task.getStart());
                task.setBaselineFinish(task.getFinish());
                task.setBaselineDuration(task.getDuration());
            }

            // What happened: the application mapping took 20 days, the racks came a week late and the carrier
            // delivered the circuits eight days late; the rest of the plan is re-forecast from there.
            took(mapping, 20);
            took(rackDelivery, 25);
            took(circuits, 58);
            schedule();
            status();
            for (Task task : work) {
                assign(task);
            }

            ProjectProperties properties = file.getProjectProperties();
            properties.setStatusDate(STATUS_DATE);
            properties.setCurrentDate(STATUS_DATE);
            properties.setLastSaved(STATUS_DATE.plusMinutes(40));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new MSPDIWriter().write(file, out);
            return out.toByteArray();
        }

        private void person(String name) {
            Resource resource = file.addResource();
            resource.setName(name);
            resource.setInitials(initials(name));
            people.put(name, resource);
        }

        private static String initials(String name) {
            StringBuilder initials = new StringBuilder();
            for (String part : name.split(" ")) {
                initials.append(part.charAt(0));
            }
            return initials.toString();
        }

        private Task summary(String name) {
            Task task = file.addTask();
            task.setName(name);
            return task;
        }

        private Task task(ChildTaskContainer parent, String name, double days, String... names) {
            Task task = parent.addTask();
            task.setName(name);
            setDuration(task, days);
            List<Resource> resources = new ArrayList<>();
            for (String owner : names) {
                resources.add(people.get(owner));
            }
            owners.put(task, resources);
            work.add(task);
            return task;
        }

        private Task milestone(ChildTaskContainer parent, String name) {
            Task task = parent.addTask();
            task.setName(name);
            setDuration(task, 0);
            task.setMilestone(true);
            return task;
        }

        private static void setDuration(Task task, double days) {
            task.setDuration(Duration.getInstance(days, TimeUnit.DAYS));
            task.setActualDuration(Duration.getInstance(0, TimeUnit.DAYS));
            task.setRemainingDuration(Duration.getInstance(days, TimeUnit.DAYS));
        }

        private static void after(Task successor, Task predecessor) {
            link(successor, predecessor, RelationType.FINISH_START, 0);
        }

        private static void link(Task successor, Task predecessor, RelationType type, double lagDays) {
            Relation.Builder link = new Relation.Builder().predecessorTask(predecessor).type(type);
            if (lagDays != 0) {
                link.lag(Duration.getInstance(lagDays, TimeUnit.DAYS));
            }
            successor.addPredecessor(link);
        }

        private static void pin(Task task, ConstraintType type, LocalDateTime date) {
            task.setConstraintType(type);
            task.setConstraintDate(date);
        }

        /** The task's real (or now expected) length, which replaces the planned one. */
        private static void took(Task task, double days) {
            setDuration(task, days);
        }

        private void schedule() throws CpmException {
            new MicrosoftScheduler().schedule(file, PROJECT_START);
        }

        /**
         * Progress at the status date, as the scheduler entered it: work that finished by then is complete with its
         * actual dates, work under way has its actual start and the share of its working days gone by.
         */
        private void status() {
            for (Task task : file.getTasks()) {
                if (!task.getChildTasks().isEmpty()) {
                    continue;
                }
                double days = task.getDuration().getDuration();
                if (!task.getFinish().isAfter(STATUS_DATE)) {
                    task.setActualStart(task.getStart());
                    task.setActualFinish(task.getFinish());
                    task.setPercentageComplete(100);
                    task.setActualDuration(Duration.getInstance(days, TimeUnit.DAYS));
                    task.setRemainingDuration(Duration.getInstance(0, TimeUnit.DAYS));
                } else if (task.getStart().isBefore(STATUS_DATE)) {
                    double done = calendar.getWork(task.getStart(), STATUS_DATE, TimeUnit.DAYS).getDuration();
                    task.setActualStart(task.getStart());
                    task.setPercentageComplete(Math.round(100 * done / days));
                    task.setActualDuration(Duration.getInstance(done, TimeUnit.DAYS));
                    task.setRemainingDuration(Duration.getInstance(days - done, TimeUnit.DAYS));
                } else {
                    task.setPercentageComplete(0);
                }
            }
        }

        /** Each owner works the task at its units (full time unless said), done in step with the task. */
        private void assign(Task task) {
            double percent = units.getOrDefault(task, 100.0);
            double hours = task.getDuration().getDuration() * 8 * percent / 100;
            double share = task.getPercentageComplete().doubleValue() / 100;
            for (Resource resource : owners.get(task)) {
                ResourceAssignment assignment = task.addResourceAssignment(resource);
                assignment.setUnits(percent);
                assignment.setWork(Duration.getInstance(hours, TimeUnit.HOURS));
                assignment.setActualWork(Duration.getInstance(hours * share, TimeUnit.HOURS));
                assignment.setRemainingWork(Duration.getInstance(hours * (1 - share), TimeUnit.HOURS));
                assignment.setStart(task.getStart());
                assignment.setFinish(task.getFinish());
                assignment.setActualStart(task.getActualStart());
                assignment.setActualFinish(task.getActualFinish());
                assignment.setPercentageWorkComplete(task.getPercentageComplete());
            }
        }
    }
}
