package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * CSV (RFC 4180, comma, CRLF, header row) of the twin, for spreadsheets and pandas.
 *
 * <p>Numbers are written with Java's {@code Double.toString}, which reads back exactly; a reading
 * missing from an event is an empty cell.
 */
final class CsvExport {
    private static final String EOL = "\r\n";

    private CsvExport() {
    }

    /** One row per equipment and channel (long format): an equipment without channels gets one row. */
    static String equipment(List<EquipmentTwinView> twins) {
        StringBuilder out = new StringBuilder();
        row(out, "asset_id", "asset_type", "site", "area", "version", "event_count", "last_event_id", "last_sequence",
                "last_event_time", "updated_at", "channel", "unit", "last", "min", "max", "mean", "samples");
        for (EquipmentTwinView t : twins) {
            List<EquipmentTwinView.Channel> channels = t.channels().isEmpty() ? null : t.channels();
            if (channels == null) {
                row(out, t.assetId(), t.assetType(), t.site(), t.area(), t.version(), t.eventCount(), t.lastEventId(),
                        t.lastSequence(), t.lastEventTime(), t.updatedAt(), "", "", "", "", "", "", "");
                continue;
            }
            for (EquipmentTwinView.Channel c : channels) {
                row(out, t.assetId(), t.assetType(), t.site(), t.area(), t.version(), t.eventCount(), t.lastEventId(),
                        t.lastSequence(), t.lastEventTime(), t.updatedAt(), c.channel(), c.unit(), c.last(), c.min(),
                        c.max(), c.mean(), c.samples());
            }
        }
        return out.toString();
    }

    /** One row per version (wide format): a column per channel, in the order of {@code history.channels()}. */
    static String history(EquipmentHistoryView history) {
        StringBuilder out = new StringBuilder();
        Object[] header = new Object[3 + history.channels().size()];
        header[0] = "version";
        header[1] = "event_id";
        header[2] = "event_time";
        for (int i = 0; i < history.channels().size(); i++) {
            header[3 + i] = history.channels().get(i);
        }
        row(out, header);
        for (EquipmentHistoryView.Point p : history.points()) {
            Object[] cells = new Object[header.length];
            cells[0] = p.version();
            cells[1] = p.eventId();
            cells[2] = p.eventTime();
            for (int i = 0; i < history.channels().size(); i++) {
                JsonNode v = p.readings().get(history.channels().get(i));
                cells[3 + i] = v == null || v.isNull() ? "" : (v.isNumber() ? (Object) v.asDouble() : v.asText());
            }
            row(out, cells);
        }
        return out.toString();
    }

    static void row(StringBuilder out, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append(EOL);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = String.valueOf(value);
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
