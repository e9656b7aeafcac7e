package io.shiptwin.model.lifecycle;

import static io.shiptwin.model.lifecycle.LifecycleStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiptwin.model.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleTest {
    private static final Identifier BLOCK = Identifier.parse("88.118.8001/BLK-H1234-B101");

    /** The legal moves, written out independently of the implementation: the specification. */
    private static final List<LifecycleStage[]> LEGAL = List.of(
            move(DESIGN, MATERIAL), move(MATERIAL, CUTTING), move(CUTTING, FORMING), move(FORMING, SUB_ASSEMBLY),
            move(SUB_ASSEMBLY, BLOCK_ASSEMBLY), move(BLOCK_ASSEMBLY, PRE_OUTFITTING), move(PRE_OUTFITTING, PAINTING),
            move(PAINTING, PRE_ERECTION), move(PRE_ERECTION, ERECTION), move(ERECTION, LAUNCH),
            move(LAUNCH, QUAY_OUTFITTING), move(QUAY_OUTFITTING, SEA_TRIALS), move(SEA_TRIALS, DELIVERED),
            move(DELIVERED, IN_OPERATION),
            move(IN_OPERATION, MAINTENANCE), move(MAINTENANCE, IN_OPERATION),
            move(IN_OPERATION, CLASS_SURVEY), move(CLASS_SURVEY, IN_OPERATION),
            move(MAINTENANCE, CLASS_SURVEY), move(CLASS_SURVEY, MAINTENANCE),
            // rework loops back from quality control
            move(FORMING, CUTTING), move(BLOCK_ASSEMBLY, SUB_ASSEMBLY), move(PRE_OUTFITTING, BLOCK_ASSEMBLY),
            move(PAINTING, PRE_OUTFITTING), move(PRE_ERECTION, BLOCK_ASSEMBLY), move(PRE_ERECTION, PAINTING),
            move(ERECTION, PRE_ERECTION), move(SEA_TRIALS, QUAY_OUTFITTING));

    static Stream<Arguments> legalMoves() {
        return LEGAL.stream().map(m -> Arguments.of(m[0], m[1]));
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> illegal = new ArrayList<>();
        for (LifecycleStage from : values()) {
            for (LifecycleStage to : values()) {
                if (LEGAL.stream().noneMatch(m -> m[0] == from && m[1] == to)) {
                    illegal.add(Arguments.of(from, to));
                }
            }
        }
        return illegal.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("legalMoves")
    void acceptsEveryLegalMove(LifecycleStage from, LifecycleStage to) {
        assertThat(new Lifecycle(BLOCK, from).moveTo(to)).isEqualTo(new Lifecycle(BLOCK, to));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("illegalMoves")
    void rejectsEveryIllegalMoveNamingEntityCurrentAndAttemptedStage(LifecycleStage from, LifecycleStage to) {
        Lifecycle lifecycle = new Lifecycle(BLOCK, from);

        assertThatThrownBy(() -> lifecycle.moveTo(to))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.entity()).isEqualTo(BLOCK);
                    assertThat(e.current()).isEqualTo(from);
                    assertThat(e.attempted()).isEqualTo(to);
                })
                .hasMessageStartingWith("illegal lifecycle transition of 88.118.8001/BLK-H1234-B101: "
                        + from.displayName() + " -> " + to.displayName() + " (allowed from " + from.displayName() + ": ");
    }

    @Test
    void theMessageListsTheMovesThatWouldHaveBeenLegal() {
        assertThatThrownBy(() -> new Lifecycle(BLOCK, PAINTING).moveTo(LAUNCH))
                .hasMessage("illegal lifecycle transition of 88.118.8001/BLK-H1234-B101: painting -> launch"
                        + " (allowed from painting: [pre-outfitting, pre-erection])");
    }

    @Test
    void violationReportsTheSameMessageAsAValueWithoutThrowing() {
        assertThat(new Lifecycle(BLOCK, DESIGN).violation(ERECTION)).contains(
                "illegal lifecycle transition of 88.118.8001/BLK-H1234-B101: design -> erection (allowed from design: [material])");
        assertThat(new Lifecycle(BLOCK, DESIGN).violation(MATERIAL)).isEmpty();
    }

    @Test
    void stayingInTheSameStageIsNotAMove() {
        assertThat(new Lifecycle(BLOCK, CUTTING).violation(CUTTING)).isPresent();
    }

    @Test
    void aNewHullStartsInDesign() {
        assertThat(Lifecycle.start(BLOCK).stage()).isEqualTo(DESIGN);
    }

    @Test
    void theWholeBuildCanBeWalkedFromDesignToOperation() {
        Lifecycle l = Lifecycle.start(BLOCK);
        for (LifecycleStage next : List.of(MATERIAL, CUTTING, FORMING, SUB_ASSEMBLY, BLOCK_ASSEMBLY, PRE_OUTFITTING, PAINTING,
                PRE_ERECTION, ERECTION, LAUNCH, QUAY_OUTFITTING, SEA_TRIALS, DELIVERED, IN_OPERATION)) {
            l = l.moveTo(next);
        }
        assertThat(l.stage()).isEqualTo(IN_OPERATION);
    }

    @Test
    void reworkLoopsAreMarkedAsRework() {
        assertThat(LifecycleTransitions.isRework(PRE_ERECTION, BLOCK_ASSEMBLY)).isTrue();
        assertThat(LifecycleTransitions.isRework(PAINTING, PRE_ERECTION)).isFalse();
    }

    @Test
    void deliveredShipsCannotGoBackIntoTheBuild() {
        for (LifecycleStage stage : List.of(IN_OPERATION, MAINTENANCE, CLASS_SURVEY, DELIVERED)) {
            assertThat(stage.allowedNext()).as("from %s", stage).doesNotContainAnyElementsOf(
                    LifecycleStage.build().stream().filter(s -> s != DELIVERED).toList());
        }
    }

    private static LifecycleStage[] move(LifecycleStage from, LifecycleStage to) {
        return new LifecycleStage[] {from, to};
    }
}
