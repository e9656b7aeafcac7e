package io.shiptwin.model;

import java.util.List;

/**
 * The H2 table contract between the Flink jobs (which write) and the dashboard (which reads).
 * Analysts query these names; change them only with a migration note in docs/.
 */
public final class TwinTables {
    public static final String EQUIPMENT_TWIN = "equipment_twin";
    public static final String EQUIPMENT_CHANNEL = "equipment_channel";
    public static final String EQUIPMENT_HISTORY = "equipment_twin_history";
    public static final String DROPPED_EVENTS = "dropped_events";
    public static final String ALERTS = "alerts";
    public static final String HULL_TWIN = "hull_twin";
    public static final String HULL_STAGE_DATES = "hull_stage_dates";
    public static final String SHIP_TOTALS = "ship_totals";
    /** KPIs per event-time window and scope; written on window close (docs/event-time-and-kpis.md). */
    public static final String KPIS = "kpis";
    /** The event-time watermark each job source last reported, next to the simulated clock. */
    public static final String WATERMARKS = "watermarks";
    /** Per block: the welding current of the station that welded it, next to its inspections (quality join). */
    public static final String WELD_QUALITY = "weld_quality";

    /** Kinds of {@link #DROPPED_EVENTS} rows: what happened to an event that did not change the twin. */
    public static final String DROP_DEAD_LETTER = "DEAD_LETTER";
    public static final String DROP_DUPLICATE = "DUPLICATE";
    /** Beyond the allowed lateness of the KPI windows: left out of the KPIs (the twin still took it). */
    public static final String DROP_LATE = "LATE";

    /** Idempotent DDL, run by every writer at start. */
    public static final List<String> DDL = List.of(
            """
            CREATE TABLE IF NOT EXISTS equipment_twin (
              asset_id        VARCHAR(200) PRIMARY KEY,
              asset_type      VARCHAR(64)  NOT NULL,
              site            VARCHAR(64)  NOT NULL,
              area            VARCHAR(64)  NOT NULL,
              version         BIGINT       NOT NULL,  -- unique events applied so far; replays never lower it
              event_count     BIGINT       NOT NULL,
              last_event_id   VARCHAR(200) NOT NULL,
              last_sequence   BIGINT       NOT NULL,
              last_event_time TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- simulated clock
              updated_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL   -- wall clock of the Flink update
            )""",
            """
            CREATE TABLE IF NOT EXISTS equipment_channel (
              asset_id    VARCHAR(200) NOT NULL,
              channel     VARCHAR(64)  NOT NULL,   -- name carries the unit: load_t, motor_temp_c
              last_value  DOUBLE PRECISION NOT NULL,
              min_value   DOUBLE PRECISION NOT NULL,
              max_value   DOUBLE PRECISION NOT NULL,
              mean_value  DOUBLE PRECISION NOT NULL,
              samples     BIGINT NOT NULL,
              version     BIGINT NOT NULL,
              PRIMARY KEY (asset_id, channel)
            )""",
            """
            CREATE TABLE IF NOT EXISTS equipment_twin_history (
              asset_id    VARCHAR(200) NOT NULL,
              version     BIGINT       NOT NULL,
              event_id    VARCHAR(200) NOT NULL,
              event_time  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
              readings    VARCHAR(16384) NOT NULL, -- JSON object channel -> value of that event
              -- where the event was seen on its way (message tracer); null when unknown
              source_topic       VARCHAR(200),
              source_partition   INT,
              source_offset      BIGINT,
              bridge_received_at TIMESTAMP(3) WITH TIME ZONE,  -- wall clock at the bridge
              kafka_appended_at  TIMESTAMP(3) WITH TIME ZONE,  -- Kafka record timestamp
              twin_updated_at    TIMESTAMP(3) WITH TIME ZONE,  -- wall clock when Flink applied it
              PRIMARY KEY (asset_id, version)
            )""",
            "CREATE INDEX IF NOT EXISTS equipment_twin_history_time ON equipment_twin_history (asset_id, event_time)",
            "CREATE INDEX IF NOT EXISTS equipment_twin_history_event ON equipment_twin_history (event_id)",
            """
            CREATE TABLE IF NOT EXISTS alerts (
              alert_id          VARCHAR(500) PRIMARY KEY,  -- asset id / rule id / opening event id
              asset_id          VARCHAR(200) NOT NULL,
              asset_type        VARCHAR(64)  NOT NULL,
              rule_id           VARCHAR(64)  NOT NULL,
              status            VARCHAR(16)  NOT NULL,     -- OPEN | CLEARED
              message           VARCHAR(1000) NOT NULL,
              offending_value   DOUBLE PRECISION NOT NULL,
              limit_value       DOUBLE PRECISION NOT NULL,
              opening_event_id  VARCHAR(200) NOT NULL,
              opened_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- simulated clock
              clearing_event_id VARCHAR(200),
              cleared_at        TIMESTAMP(3) WITH TIME ZONE
            )""",
            """
            CREATE TABLE IF NOT EXISTS dropped_events (
              source_topic     VARCHAR(200) NOT NULL,
              source_partition INT          NOT NULL,
              source_offset    BIGINT       NOT NULL,
              kind             VARCHAR(32)  NOT NULL,  -- DEAD_LETTER | DUPLICATE
              event_id         VARCHAR(200),           -- null when the payload could not be read
              asset_id         VARCHAR(200),           -- the asset's identifier; null when the payload could not be read
              source_key       VARCHAR(200),           -- the Kafka key: the asset id of the MQTT topic
              reason           VARCHAR(2000) NOT NULL,
              recorded_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
              PRIMARY KEY (source_topic, source_partition, source_offset)
            )""",
            """
            CREATE TABLE IF NOT EXISTS hull_twin (
              entity_id        VARCHAR(200) PRIMARY KEY,  -- ship, grand block or block identifier
              kind             VARCHAR(32)  NOT NULL,     -- ship | grand-block | block
              ship_id          VARCHAR(200) NOT NULL,     -- the ship it belongs to (itself for a ship)
              stage            VARCHAR(32),               -- LifecycleStage name; null before any stage event
              version          BIGINT       NOT NULL,     -- unique events applied so far; replays never lower it
              man_hours        DOUBLE PRECISION NOT NULL, -- booked against this entity itself
              cost_minor_units BIGINT       NOT NULL,     -- in minor units of currency
              currency         VARCHAR(3),
              energy_kwh       DOUBLE PRECISION NOT NULL,
              inspections_passed      BIGINT NOT NULL,
              inspections_failed      BIGINT NOT NULL,
              non_conformances_opened BIGINT NOT NULL,
              delivered        BOOLEAN      NOT NULL,
              last_event_id    VARCHAR(200) NOT NULL,
              last_event_time  TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- simulated clock
              updated_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL   -- wall clock of the Flink update
            )""",
            "CREATE INDEX IF NOT EXISTS hull_twin_ship ON hull_twin (ship_id)",
            """
            CREATE TABLE IF NOT EXISTS hull_stage_dates (
              entity_id    VARCHAR(200) NOT NULL,
              stage        VARCHAR(32)  NOT NULL,           -- LifecycleStage name
              started_at   TIMESTAMP(3) WITH TIME ZONE,     -- simulated clock; latest start of the stage
              finished_at  TIMESTAMP(3) WITH TIME ZONE,     -- latest finish; null while running
              version      BIGINT       NOT NULL,           -- twin version that wrote the row
              PRIMARY KEY (entity_id, stage)
            )""",
            """
            CREATE TABLE IF NOT EXISTS ship_totals (
              ship_id                 VARCHAR(200) PRIMARY KEY,
              version                 BIGINT NOT NULL,            -- flow deltas applied; replays never lower it
              own_man_hours           DOUBLE PRECISION NOT NULL,  -- booked against the ship itself
              blocks_man_hours        DOUBLE PRECISION NOT NULL,  -- sum over its blocks and grand blocks
              total_man_hours         DOUBLE PRECISION NOT NULL,
              own_cost_minor_units    BIGINT NOT NULL,
              blocks_cost_minor_units BIGINT NOT NULL,
              total_cost_minor_units  BIGINT NOT NULL,
              currency                VARCHAR(3),
              own_energy_kwh          DOUBLE PRECISION NOT NULL,
              blocks_energy_kwh       DOUBLE PRECISION NOT NULL,
              total_energy_kwh        DOUBLE PRECISION NOT NULL,
              last_event_id           VARCHAR(200) NOT NULL,
              updated_at              TIMESTAMP(3) WITH TIME ZONE NOT NULL  -- wall clock
            )""",
            // Event time and KPIs (docs/event-time-and-kpis.md): late events keep the watermark they missed.
            "ALTER TABLE dropped_events ADD COLUMN IF NOT EXISTS watermark_at TIMESTAMP(3) WITH TIME ZONE",
            """
            CREATE TABLE IF NOT EXISTS kpis (
              kpi          VARCHAR(64)  NOT NULL,   -- steel_throughput_t, blocks_completed, rework_rate, ...
              scope        VARCHAR(300) NOT NULL,   -- yard:{site} | area:{site}/{area} | ship:{ship id}
              window_kind  VARCHAR(16)  NOT NULL,   -- HOUR | SHIFT | DAY
              window_start TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- simulated clock, inclusive
              window_end   TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- simulated clock, exclusive
              scope_kind   VARCHAR(16)  NOT NULL,   -- yard | area | ship
              kpi_value    DOUBLE PRECISION NOT NULL,
              numerator    DOUBLE PRECISION NOT NULL,
              denominator  DOUBLE PRECISION NOT NULL,  -- 1 for sums and counts
              unit         VARCHAR(32)  NOT NULL,
              events       BIGINT       NOT NULL,   -- unique events of the window in this scope
              late_updates BIGINT       NOT NULL,   -- events taken after the window first closed (within lateness)
              updated_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- wall clock
              PRIMARY KEY (kpi, scope, window_kind, window_start)
            )""",
            "CREATE INDEX IF NOT EXISTS kpis_scope ON kpis (scope_kind, window_kind, window_start)",
            """
            CREATE TABLE IF NOT EXISTS watermarks (
              source        VARCHAR(100) NOT NULL,  -- the Kafka topic the operator's events came from
              operator_name VARCHAR(100) NOT NULL,
              subtask       INT          NOT NULL,
              watermark_at  TIMESTAMP(3) WITH TIME ZONE,  -- event time; null before the first watermark
              max_event_at  TIMESTAMP(3) WITH TIME ZONE,  -- the simulated clock: latest event time seen
              events        BIGINT       NOT NULL,
              late_events   BIGINT       NOT NULL,
              updated_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- wall clock
              PRIMARY KEY (source, operator_name, subtask)
            )""",
            """
            CREATE TABLE IF NOT EXISTS weld_quality (
              block_id               VARCHAR(200) PRIMARY KEY,
              work_centre            VARCHAR(200),       -- station of its sub-assembly (welding); null if not seen
              area                   VARCHAR(64),
              weld_start             TIMESTAMP(3) WITH TIME ZONE,  -- simulated clock
              weld_finish            TIMESTAMP(3) WITH TIME ZONE,
              resolved               BOOLEAN NOT NULL,   -- the weld interval's readings are counted
              arc_on_readings        BIGINT  NOT NULL,   -- welding readings of the station's area in the interval
              out_of_window_readings BIGINT  NOT NULL,   -- of those, current outside the WPS window
              inspections            BIGINT  NOT NULL,
              failed_inspections     BIGINT  NOT NULL,
              dft_inspections        BIGINT  NOT NULL,   -- coating DFT inspections
              dft_passed             BIGINT  NOT NULL,
              version                BIGINT  NOT NULL,
              updated_at             TIMESTAMP(3) WITH TIME ZONE NOT NULL  -- wall clock
            )""");

    /** What-if results, written by {@code ./shiptwin scenario run|compare} and the dashboard's what-if runs. */
    public static final String WHATIF_RUNS = "whatif_runs";
    public static final String WHATIF_KPIS = "whatif_kpis";
    public static final String WHATIF_RESOURCES = "whatif_resources";

    /**
     * Idempotent DDL of the what-if tables: one row per run and scenario, one per KPI estimate (mean and 95%
     * interval), one per resource. Run by the writer ({@code WhatIfStore}) before each save.
     */
    public static final List<String> WHATIF_DDL = List.of(
            """
            CREATE TABLE IF NOT EXISTS whatif_runs (
              run_id       VARCHAR(64)  NOT NULL,
              scenario     VARCHAR(200) NOT NULL,
              role         VARCHAR(16)  NOT NULL,   -- RUN | BASE | VARIANT
              description  VARCHAR(2000),
              seed         BIGINT NOT NULL,
              replications INT NOT NULL,
              result_hash  BIGINT NOT NULL,         -- equal for equal scenario, seed and replications
              created_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
              PRIMARY KEY (run_id, scenario)
            )""",
            """
            CREATE TABLE IF NOT EXISTS whatif_kpis (
              run_id    VARCHAR(64)  NOT NULL,
              scenario  VARCHAR(200) NOT NULL,
              kpi       VARCHAR(64)  NOT NULL,
              label     VARCHAR(200) NOT NULL,
              unit      VARCHAR(32)  NOT NULL,
              mean      DOUBLE PRECISION,
              ci_low    DOUBLE PRECISION,         -- 95% confidence interval
              ci_high   DOUBLE PRECISION,
              n         INT NOT NULL,
              PRIMARY KEY (run_id, scenario, kpi)
            )""",
            """
            CREATE TABLE IF NOT EXISTS whatif_resources (
              run_id            VARCHAR(64)  NOT NULL,
              scenario          VARCHAR(200) NOT NULL,
              resource          VARCHAR(200) NOT NULL,
              capacity          INT NOT NULL,
              utilisation_mean  DOUBLE PRECISION,
              utilisation_low   DOUBLE PRECISION,
              utilisation_high  DOUBLE PRECISION,
              times_bottleneck  INT NOT NULL,
              PRIMARY KEY (run_id, scenario, resource)
            )""");

    private TwinTables() {
    }
}
