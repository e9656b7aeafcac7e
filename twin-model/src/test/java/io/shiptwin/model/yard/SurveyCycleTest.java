package io.shiptwin.model.yard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiptwin.model.yard.SurveyCycle.Due;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyCycleTest {
    private static final SurveyKind A = SurveyKind.ANNUAL;
    private static final SurveyKind I = SurveyKind.INTERMEDIATE;
    private static final SurveyKind S = SurveyKind.SPECIAL;

    @Test
    void theIacsCycleOverTenYearsReplacesTheAnnualSurveysThatFallOnASpecialSurvey() {
        assertThat(SurveyCycle.IACS.schedule(10)).containsExactly(
                new Due(1, A, 1), new Due(2, A, 2), new Due(2.5, I, 1), new Due(3, A, 3), new Due(4, A, 4),
                new Due(5, S, 1), new Due(6, A, 5), new Due(7, A, 6), new Due(7.5, I, 2), new Due(8, A, 7),
                new Due(9, A, 8), new Due(10, S, 2));
    }

    @Test
    void aSurveyDueWithinADayOfAHigherOneIsReplacedByItAndOneADayApartIsNot() {
        double halfDay = 0.5 / SurveyCycle.DAYS_PER_YEAR;
        List<Due> coincident = new SurveyCycle(1, 2 + halfDay, 4).schedule(4);
        assertThat(coincident).extracting(Due::kind).containsExactly(A, I, A, S);
        assertThat(coincident.get(1).years()).isEqualTo(2 + halfDay);

        double twoDays = 2 / SurveyCycle.DAYS_PER_YEAR;
        List<Due> apart = new SurveyCycle(1, 2 + twoDays, 4).schedule(4);
        assertThat(apart).extracting(Due::kind).containsExactly(A, A, I, A, S);
        // An intermediate at the special interval's end is replaced by the special survey too.
        assertThat(new SurveyCycle(1, 2, 2).schedule(4)).containsExactly(new Due(1, A, 1), new Due(2, S, 1), new Due(3, A, 2),
                new Due(4, S, 2));
    }

    @Test
    void theNextSurveyDueFollowsTheSurveysCompletedOfEachKind() {
        SurveyCycle c = SurveyCycle.IACS;
        assertThat(c.next(done(0, 0, 0))).isEqualTo(new Due(1, A, 1));
        assertThat(c.next(done(1, 0, 0))).isEqualTo(new Due(2, A, 2));
        assertThat(c.next(done(2, 0, 0))).isEqualTo(new Due(2.5, I, 1));
        assertThat(c.next(done(2, 1, 0))).isEqualTo(new Due(3, A, 3));
        assertThat(c.next(done(4, 1, 0))).isEqualTo(new Due(5, S, 1));
        assertThat(c.next(done(4, 1, 1))).isEqualTo(new Due(6, A, 5));
        assertThat(c.next(done(8, 2, 1))).isEqualTo(new Due(10, S, 2));
        assertThat(c.next(done(40, 10, 9))).isEqualTo(new Due(50, S, 10));
        // A missed annual survey stays due even when a later intermediate was done.
        assertThat(c.next(done(1, 1, 0))).isEqualTo(new Due(2, A, 2));
    }

    @Test
    void theNthSurveyOfAKindIsFoundOnTheCycle() {
        assertThat(SurveyCycle.IACS.nth(A, 5)).isEqualTo(new Due(6, A, 5));
        assertThat(SurveyCycle.IACS.nth(I, 2)).isEqualTo(new Due(7.5, I, 2));
        assertThat(SurveyCycle.IACS.nth(S, 3)).isEqualTo(new Due(15, S, 3));
        assertThat(SurveyCycle.IACS.nth(SurveyKind.BOTTOM, 1)).isNull();
        // Annual surveys every special interval are all replaced: there is no first annual survey.
        assertThat(new SurveyCycle(5, 2.5, 5).nth(A, 1)).isNull();
    }

    @Test
    void dueDatesAreCountedInYearsOf365AndAQuarterDays() {
        long delivered = 1_000;
        assertThat(SurveyCycle.dueMillis(delivered, new Due(1, A, 1))).isEqualTo(delivered + 31_557_600_000L);
        assertThat(SurveyCycle.dueMillis(delivered, new Due(2.5, I, 1))).isEqualTo(delivered + 78_894_000_000L);
        assertThat(SurveyCycle.millisOfYears(0)).isZero();
    }

    @Test
    void intervalsMustBePositive() {
        assertThatThrownBy(() -> new SurveyCycle(0, 2.5, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("annualYears");
        assertThatThrownBy(() -> new SurveyCycle(1, 2.5, Double.NaN)).hasMessageContaining("specialYears");
    }

    private static int[] done(int annual, int intermediate, int special) {
        int[] d = new int[SurveyKind.values().length];
        d[A.ordinal()] = annual;
        d[I.ordinal()] = intermediate;
        d[S.ordinal()] = special;
        return d;
    }
}
