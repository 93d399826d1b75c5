package io.executionauditor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.plan.Dependency;
import io.executionauditor.plan.LinkType;
import org.junit.jupiter.api.Test;

class DependencyTextTest {
    @Test
    void plainKeysAreFinishToStart() {
        assertThat(DependencyText.parse("PAY-1, PAY-2; PAY-3 PAY-4")).containsExactly(Dependency.finishToStart(
                "PAY-1"), Dependency.finishToStart("PAY-2"), Dependency.finishToStart("PAY-3"),
                Dependency.finishToStart("PAY-4"));
    }

    @Test
    void aKeyMayCarryATypeAndALagAsSchedulersWriteThem() {
        assertThat(DependencyText.parse("PLAT-3 SS+2d, PLAT-4 FF, PLAT-5 -1d, PLAT-6 FS+1w, PLAT-7 SF+4h"))
                .containsExactly(new Dependency("PLAT-3", LinkType.SS, 2), new Dependency("PLAT-4", LinkType.FF, 0),
                        new Dependency("PLAT-5", LinkType.FS, -1), new Dependency("PLAT-6", LinkType.FS, 5),
                        new Dependency("PLAT-7", LinkType.SF, 0.5));
    }

    @Test
    void msProjectsCompactPredecessorsAreRead() {
        assertThat(DependencyText.parse("3FS+2d;5SS;7")).containsExactly(new Dependency("3", LinkType.FS, 2),
                new Dependency("5", LinkType.SS, 0), Dependency.finishToStart("7"));
    }

    @Test
    void keysThatLookLikeTypesStayKeys() {
        assertThat(DependencyText.parse("FS-12 SS")).as("a leading FS-12 is a key, a following SS a type")
                .containsExactly(new Dependency("FS-12", LinkType.SS, 0));
    }
}
