package io.shiptwin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.streams.twin.EquipmentTwinJob;
import org.junit.jupiter.api.Test;

class CheckpointOptionTest {

    @Test
    void theFlagsDefaultIsTheJobsDefault() {
        assertThat(new DurationConverter().convert(CheckpointOption.DEFAULT))
                .isEqualTo(EquipmentTwinJob.Config.DEFAULT_CHECKPOINT_INTERVAL);
    }
}
