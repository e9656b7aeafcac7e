package io.shiptwin.model.resolve;

import io.shiptwin.model.Identifier;
import java.util.List;
import java.util.Objects;

/** Where an object's data came from (its lineage): MQTT topics, Kafka topics, H2 tables, the simulator. */
@FunctionalInterface
public interface DataSourceCatalogue {

    List<DataSourceRef> sourcesOf(Identifier id);

    /**
     * @param channel  the kind of source: {@code mqtt}, {@code kafka}, {@code h2}, {@code simulator}
     * @param location the topic, table or run within that source
     */
    record DataSourceRef(String channel, String location, long declaredAtMillis) {
        public DataSourceRef {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(location, "location");
        }
    }
}
