package io.executionauditor.bench;

import io.executionauditor.bench.GeneratedPlan.Change;
import io.executionauditor.bench.GeneratedPlan.Item;
import io.executionauditor.bench.GeneratedPlan.Period;
import io.executionauditor.bench.GeneratedPlan.Person;
import io.executionauditor.bench.GeneratedPlan.Update;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates a large canonical plan, the same for the same shape and seed, with anti-patterns planted at known rates.
 *
 * <p>The clean plan is a healthy one: everyone holds at most two items per two-week sprint, well under capacity;
 * past sprints are done on time, estimates close to actuals; the current sprint's work is reported on track the day
 * before the as-of date; a third of each team's items are engineering work; dependencies point to earlier work.
 * Plants then break it in known places: one item in a hundred per kind of item-level anti-pattern (shared owner, no
 * owner, a team as owner, missing estimate, oversized, no criteria, no goal, a dependency due later, an unknown
 * reference, a cycle, blocked too long, a watermelon, a late risk, a silent slip, stale status, scope added
 * mid-sprint), and one person or team in a hundred or twenty for the aggregate ones (overload, sustained overload,
 * too much work in progress, chronic underestimation, everything top priority, commitment creep, engineering
 * neglected). {@link GeneratedPlan#expected()} counts the findings each rule must raise; a finding the generator
 * did not plant, or a plant the auditor misses, is a difference the benchmark reports.
 */
public final class PlanGenerator {
    static final Set<String> ENGINEERING_TYPES = Set.of("Tech debt", "Reliability", "Infrastructure", "Tooling");
    private static final List<String> ENGINEERING = List.copyOf(new java.util.TreeSet<>(ENGINEERING_TYPES));
    private static final List<String> PRODUCT = List.of("Story", "Feature", "Bug");
    private static final List<String> FIRST = List.of("Ana", "Ben", "Chloe", "Dev", "Elif", "Femi", "Grace", "Hugo",
            "Ines", "Jonas", "Kemal", "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sami", "Tara",
            "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe", "Arjun", "Bea", "Carlos", "Dana", "Emil", "Farah", "Gus",
            "Hana", "Ivo", "Jade", "Kofi", "Lucia", "Milan", "Noor");
    private static final List<String> LAST = List.of("Silva", "Novak", "Okafor", "Tanaka", "Berg", "Costa", "Dubois",
            "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura",
            "Olsen", "Petrov", "Quinn", "Rossi", "Schmidt", "Torres", "Ueda", "Varga", "Weber", "Xu", "Yilmaz",
            "Zhang", "Andersen", "Bauer", "Chen", "Diaz", "Evans", "Ferreira", "Gomez", "Horvat", "Ito", "Kim",
            "Lopez", "Meyer", "Nowak", "Ortiz", "Park", "Reyes", "Santos", "Tran", "Vogel", "Wright", "Young");
    private static final List<String> VERBS = List.of("Build", "Migrate", "Review", "Design", "Automate", "Fix",
            "Document", "Measure", "Harden", "Simplify");
    private static final List<String> NOUNS = List.of("checkout flow", "billing export", "login page",
            "search index", "audit log", "deploy pipeline", "rate limiter", "settings screen", "report job",
            "alerting rules", "invoice PDF", "mobile onboarding");
    private static final List<String> NOTES = List.of("On plan", "Progressing", "Reviewed with the team",
            "Demo ready", "Tests written", "Waiting for review");
    static final double CAPACITY = 60;
    private static final LocalDate FIRST_SPRINT = LocalDate.of(2026, 1, 5);
    private static final int SPRINT_DAYS = 14;

    /** Item-level plants, by slot: an item's slot is (index + round) mod 100, so one item in a hundred gets each. */
    private static final int SHARED_OWNER = 1, NO_OWNER = 2, TEAM_OWNER = 3, NO_ESTIMATE = 4, OVERSIZED = 5,
            NO_CRITERIA = 6, NO_GOAL = 7, DUE_BEFORE_DEPENDENCY = 8, UNKNOWN_REFERENCE = 9, CYCLE = 10,
            CYCLE_PARTNER = 11, BLOCKED = 12, WATERMELON = 13, LATE_RISK = 14, SILENT_SLIP = 15, STALE = 16,
            SCOPE_ADDED = 17, DEPRIORITIZED = 18;
    /** Person plants, by index mod 100, and team plants, by team mod 20. */
    private static final int CHRONIC_PERSON = 0, OVERLOADED_PERSON = 91, SUSTAINED_PERSON = 92, WIP_PERSON = 93;
    private static final int TOP_PRIORITY_TEAM = 5, CREEP_TEAM = 6, NEGLECT_TEAM = 7;
    /** Items a creeping team takes on after its sprint started: 80 hours, more than a fifth of any team's sprint. */
    private static final int CREEP_ITEMS = 5;

    private final PlanShape shape;
    private final Random random;
    private final int current;
    private final List<Period> periods = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();
    private final List<Update> updates = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    /** How an item's updates read, set by its plant. */
    private final Map<Item, UpdateProfile> profiles = new java.util.IdentityHashMap<>();
    private final Set<Integer> plantedPeople = new HashSet<>();
    private final PlantCounts planted = new PlantCounts();
    private LocalDate asOf;

    enum UpdateProfile {
        ROUTINE, BLOCKED, LATE_RISK, STALE
    }

    private PlanGenerator(PlanShape shape) {
        this.shape = shape;
        this.random = new Random(shape.seed());
        this.current = shape.currentPeriod();
    }

    public static GeneratedPlan generate(PlanShape shape) {
        return new PlanGenerator(shape).build();
    }

    private GeneratedPlan build() {
        for (int p = 0; p < shape.periods(); p++) {
            LocalDate start = FIRST_SPRINT.plusDays((long) p * SPRINT_DAYS);
            periods.add(new Period(String.format("Sprint %02d", p + 1), start, start.plusDays(SPRINT_DAYS - 1)));
        }
        asOf = periods.get(current).start().plusDays(7);
        for (int j = 0; j < shape.people(); j++) {
            people.add(new Person(personName(j), teamName(j / PlanShape.TEAM_SIZE), CAPACITY));
        }
        int extras = personPlantItems() + teamPlantItems();
        int base = shape.items() - extras;
        for (int i = 0; i < base; i++) {
            items.add(cleanItem(i));
        }
        for (Item item : List.copyOf(items)) {
            plantOnItem(item);
        }
        plantOnPeople();
        plantOnTeams();
        writeUpdates();
        writeCleanChanges();
        Map<String, Integer> expected = new ExpectedFindings(periods, people, items, planted).count();
        return new GeneratedPlan(shape, asOf, periods, people, items, updates, changes, expected);
    }

    private Item cleanItem(int i) {
        int person = i % shape.people();
        int round = i / shape.people();
        int p = round % shape.periods();
        Period period = periods.get(p);
        Item item = new Item(i, "PRJ-" + (i + 1), p);
        item.title = VERBS.get(random.nextInt(VERBS.size())) + " " + NOUNS.get(random.nextInt(NOUNS.size()));
        boolean engineering = i % 3 == 0;
        item.type = engineering ? ENGINEERING.get(random.nextInt(ENGINEERING.size()))
                : PRODUCT.get(random.nextInt(PRODUCT.size()));
        item.owners.add(people.get(person).name());
        item.team = people.get(person).team();
        item.priority = i % 10 == 0 ? "P0" : "P" + (1 + random.nextInt(3));
        item.estimate = engineering ? 8.0 : 4.0 + random.nextInt(9);
        item.start = period.start();
        item.due = period.end().minusDays(random.nextInt(3));
        item.added = period.start().minusDays(7 + random.nextInt(14));
        if (p < current) {
            item.status = "Done";
            item.done = item.due;
            item.actual = Math.round(item.estimate * (0.8 + random.nextInt(5) * 0.1) * 10) / 10.0;
        } else if (p == current) {
            item.status = i % 3 == 0 ? "To do" : "In progress";
        } else {
            item.status = "To do";
        }
        // every other round's items wait for the same person's item of the round before (earlier, so no conflict);
        // the others depend on nothing, so no chain of clean links can close a cycle
        if (round % 2 == 1 && p > 0) {
            item.dependsOn.add("PRJ-" + (i - shape.people() + 1));
        }
        item.successCriteria = "Accepted by the product owner";
        item.goal = "Goal " + (1 + person / PlanShape.TEAM_SIZE % 12);
        profiles.put(item, UpdateProfile.ROUTINE);
        return item;
    }

    private void plantOnItem(Item item) {
        int slot = (item.index + item.index / shape.people()) % 100;
        if (!plantInAnyPeriod(item, slot) && item.period == current) {
            plantInCurrentPeriod(item, slot);
        }
    }

    /** The anti-patterns planted wherever the item falls; whether {@code slot} is one of them. */
    private boolean plantInAnyPeriod(Item item, int slot) {
        int i = item.index;
        switch (slot) {
            case DUE_BEFORE_DEPENDENCY -> {
                int later = i + 2 * shape.people();
                if (later < items.size() && item.period + 2 < shape.periods()) {
                    item.dependsOn.add(items.get(later).key);
                    planted.add("dependencies.sequencing-conflict");
                }
            }
            case UNKNOWN_REFERENCE -> {
                item.dependsOn.add("GONE-" + (i + 1));
                planted.add("dependencies.unknown-reference");
            }
            case CYCLE -> {
                if (i + 1 < items.size() && (i + 1) % shape.people() != 0) {
                    Item partner = items.get(i + 1);
                    item.dependsOn.add(partner.key);
                    partner.dependsOn.add(item.key);
                    item.due = periods.get(item.period).end();
                    partner.due = item.due;
                    if (item.done != null) {
                        item.done = item.due;
                    }
                    if (partner.done != null) {
                        partner.done = partner.due;
                    }
                    planted.add("dependencies.cycle", 2);
                }
            }
            case SCOPE_ADDED -> {
                if (item.period <= current) {
                    item.added = periods.get(item.period).start().plusDays(5);
                    item.estimate = 4.0;
                    if (item.actual != null) {
                        item.actual = 4.0;
                    }
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The anti-patterns planted only on items of the current period, where the rules look for them. */
    private void plantInCurrentPeriod(Item item, int slot) {
        switch (slot) {
            case SHARED_OWNER -> {
                int person = item.index % shape.people();
                int partner = person % PlanShape.TEAM_SIZE == PlanShape.TEAM_SIZE - 1 ? person - 1 : person + 1;
                item.owners.add(people.get(partner).name());
                planted.add("ownership.shared-owner");
            }
            case NO_OWNER -> {
                item.owners.clear();
                item.status = "To do";
                planted.add("ownership.no-owner");
            }
            case TEAM_OWNER -> {
                item.owners.set(0, item.team);
                planted.add("ownership.team-as-owner");
            }
            case NO_ESTIMATE -> {
                item.estimate = null;
                planted.add("optimism.missing-estimate");
            }
            case OVERSIZED -> {
                item.estimate = 36.0;
                planted.add("optimism.oversized-item");
            }
            case NO_CRITERIA -> {
                item.successCriteria = null;
                planted.add("alignment.no-success-criteria");
            }
            case NO_GOAL -> {
                item.goal = null;
                planted.add("alignment.no-goal");
            }
            case BLOCKED -> {
                item.status = "Blocked";
                profiles.put(item, UpdateProfile.BLOCKED);
                planted.add("dependencies.blocked-too-long");
            }
            case WATERMELON -> {
                item.status = "In progress";
                item.due = asOf.minusDays(2);
                planted.watermelon(item);
            }
            case LATE_RISK -> {
                item.status = "In progress";
                item.due = asOf.plusDays(2);
                profiles.put(item, UpdateProfile.LATE_RISK);
                planted.lateRisk(item);
            }
            case SILENT_SLIP -> {
                item.status = "In progress";
                changes.add(new Change(asOf.minusDays(4), item.key, "Due changed", item.due.minusDays(7).toString(),
                        item.due.toString(), item.owners.get(0), "Took longer"));
                planted.add("communication.silent-slip");
            }
            case STALE -> {
                item.status = "In progress";
                item.start = asOf.minusDays(15);
                profiles.put(item, UpdateProfile.STALE);
                planted.add("communication.stale-status");
            }
            case DEPRIORITIZED -> {
                item.status = "Deprioritized";
                changes.add(new Change(periods.get(current).start().minusDays(2), item.key, "Deprioritized", null,
                        null, item.owners.get(0), "Traded for urgent work"));
            }
            default -> {
                // a clean item
            }
        }
    }

    private int personPlantItems() {
        int extras = 0;
        for (int j = 0; j < shape.people(); j++) {
            extras += switch (j % 100) {
                case OVERLOADED_PERSON -> 3;
                case SUSTAINED_PERSON -> 6;
                case WIP_PERSON -> 4;
                default -> 0;
            };
        }
        return extras;
    }

    private int teamPlantItems() {
        int teams = 0;
        for (int t = 0; t < shape.teams(); t++) {
            teams += t % 20 == CREEP_TEAM ? 1 : 0;
        }
        return teams * CREEP_ITEMS;
    }

    /** Overload one person in a hundred for a sprint, another for two sprints running, a third with work in progress. */
    private void plantOnPeople() {
        for (int j = 0; j < shape.people(); j++) {
            switch (j % 100) {
                case OVERLOADED_PERSON -> addWork(j, current, 3, 21.0, "To do");
                case SUSTAINED_PERSON -> {
                    addWork(j, current - 1, 3, 21.0, "Done");
                    addWork(j, current, 3, 21.0, "To do");
                }
                case WIP_PERSON -> addWork(j, current, 4, 1.0, "In progress");
                case CHRONIC_PERSON -> {
                    for (Item item : items) {
                        if (item.done != null && item.owners.equals(List.of(people.get(j).name()))) {
                            item.actual = item.estimate * 2;
                        }
                    }
                }
                default -> {
                    continue;
                }
            }
            plantedPeople.add(j);
        }
    }

    /** Put everything at top priority in one team in twenty, let another's sprint creep, and a third drop engineering. */
    private void plantOnTeams() {
        for (int t = 0; t < shape.teams(); t++) {
            String team = teamName(t);
            switch (t % 20) {
                case TOP_PRIORITY_TEAM -> itemsOf(team, current).forEach(item -> item.priority = "P0");
                case CREEP_TEAM -> {
                    int added = 0;
                    for (int j = t * PlanShape.TEAM_SIZE; j < (t + 1) * PlanShape.TEAM_SIZE && added < CREEP_ITEMS;
                            j++) {
                        if (!plantedPeople.contains(j) && loadOf(people.get(j).name(), current) + 16 <= CAPACITY) {
                            Item item = addWork(j, current, 1, 16.0, "To do").get(0);
                            item.added = periods.get(current).start().plusDays(5);
                            added++;
                        }
                    }
                    // items the team had no room for are still added, unowned, so the plan keeps its size
                    while (added++ < CREEP_ITEMS) {
                        Item item = addWork(t * PlanShape.TEAM_SIZE, current, 1, 16.0, "To do").get(0);
                        item.owners.clear();
                        item.added = periods.get(current).start().plusDays(5);
                        planted.add("ownership.no-owner");
                    }
                }
                case NEGLECT_TEAM -> itemsOf(team, current).forEach(item -> item.type = PRODUCT.get(item.index % 3));
                default -> {
                    // an ordinary team
                }
            }
        }
    }

    private List<Item> itemsOf(String team, int period) {
        return items.stream().filter(item -> item.team.equals(team) && item.period == period).toList();
    }

    private double loadOf(String person, int period) {
        double load = 0;
        for (Item item : items) {
            if (item.period == period && item.committed() && item.estimate != null && item.owners.contains(person)) {
                load += item.estimate / item.owners.size();
            }
        }
        return load;
    }

    /** Adds {@code count} clean items of {@code hours} each for person {@code j} in {@code period}. */
    private List<Item> addWork(int j, int period, int count, double hours, String status) {
        List<Item> added = new ArrayList<>();
        Period sprint = periods.get(period);
        for (int n = 0; n < count; n++) {
            int index = items.size();
            Item item = new Item(index, "PRJ-" + (index + 1), period);
            item.title = VERBS.get(random.nextInt(VERBS.size())) + " " + NOUNS.get(random.nextInt(NOUNS.size()));
            item.type = PRODUCT.get(n % PRODUCT.size());
            item.owners.add(people.get(j).name());
            item.team = people.get(j).team();
            item.priority = "P2";
            item.estimate = hours;
            item.status = status;
            item.start = sprint.start();
            item.due = sprint.end();
            item.added = sprint.start().minusDays(7);
            if ("Done".equals(status)) {
                item.done = item.due;
                item.actual = hours;
            }
            item.successCriteria = "Accepted by the product owner";
            item.goal = "Goal 1";
            profiles.put(item, UpdateProfile.ROUTINE);
            items.add(item);
            added.add(item);
        }
        return added;
    }

    /** Spreads the updates over the items, dated by each item's profile. */
    private void writeUpdates() {
        int each = shape.updates() / items.size();
        int oneMore = shape.updates() % items.size();
        for (Item item : items) {
            int count = each + (item.index < oneMore ? 1 : 0);
            UpdateProfile profile = profiles.get(item);
            String author = item.owners.isEmpty() ? people.get(0).name() : item.owners.get(0);
            for (int k = count - 1; k >= 0; k--) {
                LocalDate date;
                String health = "On track";
                if (item.done != null) {
                    LocalDate day = item.start.plusDays(1 + k);
                    date = day.isAfter(item.done) ? item.done : day;
                } else if (profile == UpdateProfile.BLOCKED) {
                    date = asOf.minusDays(8 + 2L * k);
                    health = k == 0 ? "Blocked" : health;
                } else if (profile == UpdateProfile.STALE) {
                    date = asOf.minusDays(15 + 2L * k);
                } else {
                    date = asOf.minusDays(1 + 2L * k);
                    health = k == 0 && profile == UpdateProfile.LATE_RISK ? "At risk" : health;
                }
                updates.add(new Update(date, item.key, author, health, NOTES.get(random.nextInt(NOTES.size()))));
            }
            planted.updatesWritten(item, count);
        }
    }

    /** Estimate refinements before the items entered their sprint, up to the number of changes asked for. */
    private void writeCleanChanges() {
        int wanted = shape.changes() - changes.size();
        if (wanted <= 0) {
            return;
        }
        int step = Math.max(1, items.size() / wanted);
        for (int i = 0; i < items.size() && wanted > 0; i += step, wanted--) {
            Item item = items.get(i);
            if (item.estimate == null) {
                wanted++;
                continue;
            }
            String by = item.owners.isEmpty() ? people.get(0).name() : item.owners.get(0);
            changes.add(new Change(item.added.minusDays(1), item.key, "Estimate changed",
                    String.valueOf(item.estimate + 2), String.valueOf(item.estimate), by, "Refined with the team"));
        }
    }

    static String personName(int j) {
        String name = FIRST.get(j % FIRST.size()) + " " + LAST.get(j / FIRST.size() % LAST.size());
        int cycle = j / (FIRST.size() * LAST.size());
        return cycle == 0 ? name : name + " " + (cycle + 1);
    }

    static String teamName(int t) {
        return String.format("Team %03d", t + 1);
    }

    /**
     * {@code PlanGenerator --items N [--people P] [--periods K] [--updates U] [--changes C] [--seed S] --out F.xlsx}
     * writes the plan and {@code F.expected.json}, the findings it must raise by rule id. Unset sizes follow
     * {@link PlanShape#scaled}.
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = new java.util.HashMap<>();
        for (int a = 0; a + 1 < args.length; a += 2) {
            options.put(args[a].replaceFirst("^--", ""), args[a + 1]);
        }
        if (!options.containsKey("items") || !options.containsKey("out")) {
            System.err.println("usage: PlanGenerator --items N [--people P] [--periods K] [--updates U] "
                    + "[--changes C] [--seed S] --out FILE.xlsx");
            System.exit(2);
        }
        int itemCount = Integer.parseInt(options.get("items"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        PlanShape scaled = PlanShape.scaled(itemCount, seed);
        PlanShape shape = new PlanShape(itemCount, intOption(options, "people", scaled.people()),
                intOption(options, "periods", scaled.periods()), intOption(options, "updates", scaled.updates()),
                intOption(options, "changes", scaled.changes()), seed);
        Path out = Path.of(options.get("out"));
        long started = System.nanoTime();
        GeneratedPlan plan = generate(shape);
        PlanWorkbookWriter.write(plan, out);
        Path expected = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.xlsx$", "") + ".expected.json");
        Files.writeString(expected, ExpectedFindings.toJson(plan.expected()));
        System.out.printf("wrote %s (%d items, %d people, %d periods, %d updates, %d changes, %,d bytes) and %s in "
                + "%.1f s%n", out, plan.items().size(), plan.people().size(), plan.periods().size(),
                plan.updates().size(), plan.changes().size(), Files.size(out), expected.getFileName(),
                (System.nanoTime() - started) / 1e9);
    }

    private static int intOption(Map<String, String> options, String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }
}
