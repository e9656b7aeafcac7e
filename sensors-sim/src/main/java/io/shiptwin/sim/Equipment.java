package io.shiptwin.sim;

import io.shiptwin.model.AssetType;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.Topics;
import java.util.Objects;

/** One piece of yard equipment that reports telemetry: where it stands and what it is. */
public record Equipment(String tag, AssetType type, String site, String area, Identifier identifier) {

    public Equipment {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(identifier, "identifier");
    }

    public String telemetryTopic() {
        return Topics.mqttTopic(site, area, type, tag, Topics.CHANNEL_TELEMETRY);
    }
}
