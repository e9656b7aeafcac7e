package io.shiptwin.dashboards;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelUnitTest {

    @ParameterizedTest
    @CsvSource({
            "load_t, t",
            "motor_temp_c, °C",
            "wind_speed_ms, m/s",
            "heat_input_kj_mm, kJ/mm",
            "humidity_pct, %",
            "current_a, A",
            "voltage_v, V",
            "vibration, ''"})
    void unitComesFromTheChannelNameSuffix(String channel, String unit) {
        assertThat(ChannelUnit.of(channel)).isEqualTo(unit);
    }
}
