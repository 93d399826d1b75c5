package io.executionauditor.importer.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SprintOrderTest {
    @Test
    void sprintsNoIssueOrdersComeByNameWithNumbersAsNumbers() {
        assertThat(SprintOrder.of(List.of(List.of("Sprint 10"), List.of("Sprint 2"), List.of("Sprint 1"))))
                .containsExactly("Sprint 1", "Sprint 2", "Sprint 10");
    }

    @Test
    void aCarriedOverIssueOrdersTheSprintsItWasIn() {
        assertThat(SprintOrder.of(List.of(List.of("Zebra"), List.of("Zebra", "Alpaca"), List.of("Alpaca", "Moose"))))
                .containsExactly("Zebra", "Alpaca", "Moose");
    }

    @Test
    void sprintsIssuesOrderInALoopComeLastByName() {
        assertThat(SprintOrder.of(List.of(List.of("B", "A"), List.of("A", "B"), List.of("C"))))
                .containsExactly("C", "A", "B");
    }

    @Test
    void numbersOfAnyLengthCompareByValue() {
        assertThat(SprintOrder.of(List.of(List.of("Sprint 100000000000000000000"), List.of("Sprint 007"),
                List.of("Sprint 99999999999999999999"), List.of("Sprint 0"), List.of("Sprint 10"))))
                .containsExactly("Sprint 0", "Sprint 007", "Sprint 10", "Sprint 99999999999999999999",
                        "Sprint 100000000000000000000");
    }
}
