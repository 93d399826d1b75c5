package io.executionauditor.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A generated plan as the rows of its workbook, with the findings its plants must produce, by rule id. */
record GeneratedPlan(PlanShape shape, LocalDate asOf, List<Period> periods, List<Person> people, List<Item> items,
        List<Update> updates, List<Change> changes, Map<String, Integer> expected) {

    record Period(String name, LocalDate start, LocalDate end) {
    }

    record Person(String name, String team, double capacity) {
    }

    /** An item row; mutable while the generator plants, written once finished. */
    static final class Item {
        final int index;
        final String key;
        final int period;
        String title;
        String type;
        List<String> owners = new ArrayList<>();
        String team;
        String status;
        String priority;
        Double estimate;
        Double actual;
        LocalDate start;
        LocalDate due;
        LocalDate added;
        LocalDate done;
        List<String> dependsOn = new ArrayList<>();
        String successCriteria;
        String goal;

        Item(int index, String key, int period) {
            this.index = index;
            this.key = key;
            this.period = period;
        }

        boolean committed() {
            return !"Deprioritized".equals(status);
        }

        boolean engineering() {
            return PlanGenerator.ENGINEERING_TYPES.contains(type);
        }
    }

    record Update(LocalDate date, String key, String author, String health, String note) {
    }

    record Change(LocalDate date, String key, String kind, String from, String to, String by, String reason) {
    }
}
