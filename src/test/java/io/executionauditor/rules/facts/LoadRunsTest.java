package io.executionauditor.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadRunsTest {
    static PersonLoad load(int periodIndex) {
        return new PersonLoad("ana", "", "S" + periodIndex, periodIndex, 12, 10.0, 1.2, List.of("A-" + periodIndex));
    }

    @Test
    void longestRunCountsOnlyConsecutivePeriods() {
        LoadRuns.Run run = LoadRuns.longestRun(List.of(load(5), load(0), load(2), load(3), load(4)));

        assertThat(LoadRuns.periods(run.loads())).containsExactly("S2", "S3", "S4", "S5");
    }

    @Test
    void gapsLeaveRunsOfOne() {
        assertThat(LoadRuns.longestRun(List.of(load(0), load(2), load(4))).length()).isEqualTo(1);
    }
}
