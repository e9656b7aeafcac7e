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
    public static final String WORK_ORDERS = "work_orders";
    public static final String EQUIPMENT_SHIFT = "equipment_shift";

    /** Kinds of {@link #DROPPED_EVENTS} rows: what happened to an event that did not change the twin. */
    public static final String DROP_DEAD_LETTER = "DEAD_LETTER";
    public static final String DROP_DUPLICATE = "DUPLICATE";

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
            // Equipment condition (docs/equipment-health.md): status and remaining useful life on the twin row.
            "ALTER TABLE equipment_twin ADD COLUMN IF NOT EXISTS status VARCHAR(16)",        // WORKING | IDLE | DOWN | MAINTENANCE
            "ALTER TABLE equipment_twin ADD COLUMN IF NOT EXISTS status_since TIMESTAMP(3) WITH TIME ZONE",  // simulated clock
            "ALTER TABLE equipment_twin ADD COLUMN IF NOT EXISTS rul_hours DOUBLE PRECISION",  // null: no degradation trend
            "ALTER TABLE equipment_twin ADD COLUMN IF NOT EXISTS drift_channel VARCHAR(64)",  // the drifting channel, if any
            "ALTER TABLE equipment_twin ADD COLUMN IF NOT EXISTS condition_version BIGINT",   // replays never lower it
            "ALTER TABLE alerts ADD COLUMN IF NOT EXISTS rul_hours DOUBLE PRECISION",         // drift alerts: RUL at opening
            """
            CREATE TABLE IF NOT EXISTS work_orders (
              work_order_id     VARCHAR(200) PRIMARY KEY,  -- {yard prefix}/WO-{asset tag}-D{n}
              asset_id          VARCHAR(200) NOT NULL,
              asset_type        VARCHAR(64)  NOT NULL,
              reason_alert_id   VARCHAR(500) NOT NULL,     -- the alert that opened it
              reason            VARCHAR(1000) NOT NULL,
              status            VARCHAR(16)  NOT NULL,     -- OPEN | CLOSED
              opened_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- simulated clock
              rul_hours         DOUBLE PRECISION,          -- remaining useful life at opening; null if unknown
              closed_at         TIMESTAMP(3) WITH TIME ZONE,
              closed_by_event_id VARCHAR(200),             -- EquipmentRepaired or WorkOrderClosed event
              closed_by         VARCHAR(64)                -- its event type
            )""",
            "CREATE INDEX IF NOT EXISTS work_orders_asset ON work_orders (asset_id, opened_at)",
            """
            CREATE TABLE IF NOT EXISTS equipment_shift (
              asset_id        VARCHAR(200) NOT NULL,
              shift_start     TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- simulated clock
              shift_end       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
              asset_type      VARCHAR(64)  NOT NULL,
              covered_hours   DOUBLE PRECISION NOT NULL,  -- shift time with telemetry
              planned_hours   DOUBLE PRECISION NOT NULL,  -- covered minus maintenance
              working_hours   DOUBLE PRECISION NOT NULL,
              idle_hours      DOUBLE PRECISION NOT NULL,
              down_hours      DOUBLE PRECISION NOT NULL,
              maintenance_hours DOUBLE PRECISION NOT NULL,
              utilisation     DOUBLE PRECISION NOT NULL,  -- working / covered
              availability    DOUBLE PRECISION NOT NULL,  -- (planned - down) / planned
              performance     DOUBLE PRECISION NOT NULL,  -- working / (planned - down)
              quality         DOUBLE PRECISION NOT NULL,  -- 1: no inspection is attributed to a machine
              oee             DOUBLE PRECISION NOT NULL,
              samples         BIGINT NOT NULL,
              PRIMARY KEY (asset_id, shift_start)
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
