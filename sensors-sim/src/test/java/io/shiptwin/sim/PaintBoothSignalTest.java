package io.shiptwin.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaintBoothSignalTest {
    private static final int AIR_TEMP = 0;
    private static final int HUMIDITY = 1;
    private static final int DEW_POINT = 2;

    private static final List<double[]> samples = new ArrayList<>();

    @BeforeAll
    static void sampleTwoMonthsMinuteByMinute() {
        SignalModel.PaintBooth booth = new SignalModel.PaintBooth(5);
        for (long minute = 0; minute < 90_000; minute++) {
            double[] out = new double[4];
            booth.sample(minute * 60_000, out);
            samples.add(out);
        }
    }

    @Test
    void reportsItsChannelsWithUnits() {
        assertThat(new SignalModel.PaintBooth(1).channels())
                .containsExactly("air_temp_c", "humidity_pct", "dew_point_c", "steel_temp_c");
    }

    @Test
    void keepsHumidityBetween30And98Percent() {
        assertThat(samples).allSatisfy(out -> assertThat(out[HUMIDITY]).isBetween(30.0, 98.0));
    }

    @Test
    void keepsDewPointBelowAirTemperatureWhileAirIsNotSaturated() {
        assertThat(samples).filteredOn(out -> out[HUMIDITY] < 100)
                .isNotEmpty()
                .allSatisfy(out -> assertThat(out[DEW_POINT]).isLessThan(out[AIR_TEMP]));
    }
}
