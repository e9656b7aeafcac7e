package io.shiptwin.model;

import java.util.List;

/**
 * The H2 table contract between the Flink jobs (which write) and the dashboard (which reads).
 * Analysts query these names; change them only with a migration note in docs/.
 */
public final class TwinTables {
    public static final String EQUIPMENT_TWIN = "equipment_twin";
    public static final String EQUIPMENT_CHANNEL = "equipment_channel";
    /** Every version of every machine, in chunks of versions: read it through {@link EquipmentHistoryChunks}. */
    public static final String EQUIPMENT_HISTORY = "equipment_history_chunks";
    public static final String DROPPED_EVENTS = "dropped_events";
    public static final String ALERTS = "alerts";
    public static final String HULL_TWIN = "hull_twin";
    public static final String HULL_STAGE_DATES = "hull_stage_dates";
    public static final String SHIP_TOTALS = "ship_totals";
    /** The lifecycle twin (docs/lifecycle-twin.md): per entity plan progress and flows, per ship schedule and dock. */
    public static final String HULL_FLOWS = "hull_flows";
    public static final String SHIP_SCHEDULE = "ship_schedule";
    /** Every version of every ship, grand block and block, with the event that made it (docs/history-and-lineage.md). */
    public static final String HULL_HISTORY = "hull_twin_history";
    /** The last N events of every ship, grand block and block, N = shiptwin.lineage.depth (equipment: its history). */
    public static final String TWIN_LINEAGE = "twin_lineage";
    public static final String WORK_ORDERS = "work_orders";
    public static final String EQUIPMENT_SHIFT = "equipment_shift";
    /** KPIs per event-time window and scope; written on window close (docs/event-time-and-kpis.md). */
    public static final String KPIS = "kpis";
    /** The event-time watermark each job source last reported, next to the simulated clock. */
    public static final String WATERMARKS = "watermarks";
    /** Per block: the welding current of the station that welded it, next to its inspections (quality join). */
    public static final String WELD_QUALITY = "weld_quality";
    /** Delivered ships in service: operation totals, surveys, next survey due (docs/service-twin.md). */
    public static final String SHIP_SERVICE = "ship_service";
    public static final String SHIP_SURVEYS = "ship_surveys";

    /** Kinds of {@link #DROPPED_EVENTS} rows: what happened to an event that did not change the twin. */
    public static final String DROP_DEAD_LETTER = "DEAD_LETTER";
    public static final String DROP_DUPLICATE = "DUPLICATE";
    /** Beyond the allowed lateness of the KPI windows: left out of the KPIs (the twin still took it). */
    public static final String DROP_LATE = "LATE";

    /**
     * What every change of the schema in one JVM synchronizes on: the writers' {@link #DDL} and {@link #WHATIF_DDL} and
     * the dashboard's read-only user. H2 changes its schema one session at a time by design, and two sessions that do it
     * at once can wait for each other until a lock timeout (H2 2.4: a {@code CREATE USER} or {@code GRANT} waits for the
     * schema lock holding the database's monitor, a {@code CREATE TABLE} waits for that monitor holding the schema lock)
     * or, seen in a test, leave a user's or a right's row missing from H2's own metadata.
     */
    public static final Object SCHEMA_CHANGES = new Object();

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
            CREATE TABLE IF NOT EXISTS equipment_history_chunks (
              -- every version of every machine's twin, 32 consecutive versions a row (EquipmentHistoryChunks)
              asset_id       VARCHAR(200) NOT NULL,
              first_version  BIGINT NOT NULL,   -- the chunk holds versions first_version .. first_version + 31
              last_version   BIGINT NOT NULL,   -- the newest it holds so far
              events         INT    NOT NULL,   -- how many versions it holds (32 once full)
              min_event_time TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- earliest event time among them
              max_event_time TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- latest
              -- JSON array, oldest first: {"version", "eventId", "eventTime", "readings": {channel: value},
              -- "sourceTopic", "sourcePartition", "sourceOffset", "bridgeReceivedAt", "kafkaAppendedAt",
              -- "twinUpdatedAt"}, times in epoch milliseconds, trace fields absent when unknown
              versions       VARCHAR NOT NULL,
              PRIMARY KEY (asset_id, first_version)
            )""",
            // Readers find their chunks here, newest first, without reading the versions (H2 answers from the index
            // alone): a count over a million versions in 14 ms instead of 1.5 s (EquipmentHistoryChunks.headers).
            "CREATE INDEX IF NOT EXISTS equipment_history_chunks_newest ON equipment_history_chunks"
                    + " (asset_id, first_version DESC, min_event_time, max_event_time, events)",
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
            // ---- lifecycle twin: plan against actual, remaining flows, schedule and dock (docs/lifecycle-twin.md)
            "ALTER TABLE hull_stage_dates ADD COLUMN IF NOT EXISTS planned_start TIMESTAMP(3) WITH TIME ZONE",   // plan
            "ALTER TABLE hull_stage_dates ADD COLUMN IF NOT EXISTS planned_finish TIMESTAMP(3) WITH TIME ZONE",
            "ALTER TABLE hull_stage_dates ADD COLUMN IF NOT EXISTS plan_version BIGINT DEFAULT 0 NOT NULL", // twin version of the plan
            """
            CREATE TABLE IF NOT EXISTS hull_flows (
              entity_id                 VARCHAR(200) PRIMARY KEY,  -- ship, grand block or block
              ship_id                   VARCHAR(200) NOT NULL,
              kind                      VARCHAR(32)  NOT NULL,
              version                   BIGINT NOT NULL,           -- hull twin version; replays never lower it
              slip_hours                DOUBLE PRECISION,          -- late (+) or early (-) at slip_stage; null before any planned stage
              slip_stage                VARCHAR(32),
              stages_planned            INT NOT NULL,
              stages_done               INT NOT NULL,
              design_revisions          BIGINT NOT NULL,           -- revisions that touched it
              material_ordered_tonnes   DOUBLE PRECISION NOT NULL,
              material_delivered_tonnes DOUBLE PRECISION NOT NULL,
              material_deliveries       BIGINT NOT NULL,
              equipment_hours           DOUBLE PRECISION NOT NULL, -- production work orders closed
              crew_hours                DOUBLE PRECISION NOT NULL, -- crew presence: headcount x dwell hours
              non_conformances_opened   BIGINT NOT NULL,
              non_conformances_closed   BIGINT NOT NULL,
              open_non_conformances     BIGINT NOT NULL,
              work_orders_opened        BIGINT NOT NULL,
              work_orders_closed        BIGINT NOT NULL,
              last_event_id             VARCHAR(200) NOT NULL,
              updated_at                TIMESTAMP(3) WITH TIME ZONE NOT NULL
            )""",
            "CREATE INDEX IF NOT EXISTS hull_flows_ship ON hull_flows (ship_id)",
            """
            CREATE TABLE IF NOT EXISTS ship_schedule (
              ship_id                   VARCHAR(200) PRIMARY KEY,
              version                   BIGINT NOT NULL,
              planned_delivery          TIMESTAMP(3) WITH TIME ZONE,  -- the plan's delivery (simulated clock)
              predicted_delivery        TIMESTAMP(3) WITH TIME ZONE,  -- delivered: actual; else planned + slip
              slip_days                 DOUBLE PRECISION NOT NULL,    -- >= 0
              critical_entity           VARCHAR(200),                 -- whose slip drives the prediction
              critical_stage            VARCHAR(32),
              blocks                    INT NOT NULL,
              blocks_erected            INT NOT NULL,
              stages_planned            INT NOT NULL,
              stages_done               INT NOT NULL,
              progress_pct              DOUBLE PRECISION NOT NULL,    -- stages_done / stages_planned
              design_revisions          BIGINT NOT NULL,
              block_revisions           BIGINT NOT NULL,
              material_ordered_tonnes   DOUBLE PRECISION NOT NULL,
              material_delivered_tonnes DOUBLE PRECISION NOT NULL,
              material_deliveries       BIGINT NOT NULL,
              equipment_hours           DOUBLE PRECISION NOT NULL,
              crew_hours                DOUBLE PRECISION NOT NULL,
              non_conformances_opened   BIGINT NOT NULL,
              non_conformances_closed   BIGINT NOT NULL,
              open_non_conformances     BIGINT NOT NULL,
              dock                      VARCHAR(200),                 -- work centre of the dock; null before erection
              dock_in                   TIMESTAMP(3) WITH TIME ZONE,  -- erection start
              dock_out                  TIMESTAMP(3) WITH TIME ZONE,  -- launch finish; null while in the dock
              in_dock                   BOOLEAN NOT NULL,
              delivered_at              TIMESTAMP(3) WITH TIME ZONE,
              last_event_id             VARCHAR(200) NOT NULL,
              updated_at                TIMESTAMP(3) WITH TIME ZONE NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS hull_twin_history (
              entity_id        VARCHAR(200) NOT NULL,
              version          BIGINT       NOT NULL,     -- the hull_twin version this event produced
              kind             VARCHAR(32)  NOT NULL,     -- ship | grand-block | block
              ship_id          VARCHAR(200) NOT NULL,
              event_id         VARCHAR(200) NOT NULL,
              event_type       VARCHAR(64)  NOT NULL,     -- wire name: stage-started, man-hours-booked ...
              subject_id       VARCHAR(200) NOT NULL,     -- the event's assetId: the entity, or its crew, inspection, meter
              event_time       TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- simulated clock
              field            VARCHAR(64),               -- hull_twin column the event changed; null when none
              event_stage      VARCHAR(32),               -- stage named by a stage-started / stage-finished event
              -- the event's own contribution (0 when untouched): as-of values are sums over event time
              man_hours_delta          DOUBLE PRECISION NOT NULL,
              cost_delta               BIGINT NOT NULL,   -- minor units of currency
              energy_kwh_delta         DOUBLE PRECISION NOT NULL,
              inspections_passed_delta INT NOT NULL,
              inspections_failed_delta INT NOT NULL,
              non_conformances_delta   INT NOT NULL,
              -- the twin after this version, as hull_twin had it
              stage            VARCHAR(32),
              man_hours        DOUBLE PRECISION NOT NULL,
              cost_minor_units BIGINT NOT NULL,
              currency         VARCHAR(3),
              energy_kwh       DOUBLE PRECISION NOT NULL,
              inspections_passed      BIGINT NOT NULL,
              inspections_failed      BIGINT NOT NULL,
              non_conformances_opened BIGINT NOT NULL,
              delivered        BOOLEAN NOT NULL,
              source_topic     VARCHAR(200),              -- where the raw message is in Kafka
              source_partition INT,
              source_offset    BIGINT,
              twin_updated_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- wall clock
              PRIMARY KEY (entity_id, version)
            )""",
            "CREATE INDEX IF NOT EXISTS hull_twin_history_time ON hull_twin_history (entity_id, event_time)",
            "CREATE INDEX IF NOT EXISTS hull_twin_history_ship ON hull_twin_history (ship_id, event_time)",
            "CREATE INDEX IF NOT EXISTS hull_twin_history_event ON hull_twin_history (event_id)",
            "CREATE INDEX IF NOT EXISTS hull_twin_history_subject ON hull_twin_history (subject_id)",
            """
            CREATE TABLE IF NOT EXISTS twin_lineage (
              entity_id        VARCHAR(200) NOT NULL,   -- ship, grand block or block (equipment: equipment_history_chunks)
              slot             INT          NOT NULL,   -- (version - 1) mod N: the last N events per entity
              version          BIGINT       NOT NULL,   -- the twin version the event produced
              event_id         VARCHAR(200) NOT NULL,
              event_type       VARCHAR(64)  NOT NULL,   -- wire name of the business event
              event_time       TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- simulated clock
              field            VARCHAR(1000),           -- hull_twin column; null when none
              detail           VARCHAR(1000),           -- the change as text: +12.50, CUTTING
              source_topic     VARCHAR(200),            -- the raw message in Kafka; null when unknown
              source_partition INT,
              source_offset    BIGINT,
              PRIMARY KEY (entity_id, slot)
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
              work_centre            VARCHAR(200),       -- station of its block assembly (welding); null if not seen
              area                   VARCHAR(64),
              weld_start             TIMESTAMP(3) WITH TIME ZONE,  -- simulated clock
              weld_finish            TIMESTAMP(3) WITH TIME ZONE,
              resolved               BOOLEAN NOT NULL,   -- the weld interval's readings are counted
              arc_on_readings        BIGINT  NOT NULL,   -- arc-on readings of its welding unit in the interval
              out_of_window_readings BIGINT  NOT NULL,   -- of those, current, voltage or travel speed outside the WPS window
              inspections            BIGINT  NOT NULL,
              failed_inspections     BIGINT  NOT NULL,
              dft_inspections        BIGINT  NOT NULL,   -- coating DFT inspections
              dft_passed             BIGINT  NOT NULL,
              version                BIGINT  NOT NULL,
              updated_at             TIMESTAMP(3) WITH TIME ZONE NOT NULL  -- wall clock
            )""",
            "ALTER TABLE weld_quality ADD COLUMN IF NOT EXISTS equipment VARCHAR(200)",   // the welding unit; null if not named
            "ALTER TABLE weld_quality ADD COLUMN IF NOT EXISTS ut_inspections BIGINT DEFAULT 0 NOT NULL",  // ultrasonic tests
            "ALTER TABLE weld_quality ADD COLUMN IF NOT EXISTS failed_ut BIGINT DEFAULT 0 NOT NULL",
            "ALTER TABLE weld_quality ADD COLUMN IF NOT EXISTS failed_ut_at TIMESTAMP(3) WITH TIME ZONE",  // latest failed UT
            "ALTER TABLE weld_quality ADD COLUMN IF NOT EXISTS ut_arc_on_readings BIGINT",    // unit's readings weld start..failed UT
            "ALTER TABLE weld_quality ADD COLUMN IF NOT EXISTS ut_out_of_window_readings BIGINT", // of those out of the WPS window
            "ALTER TABLE weld_quality ADD COLUMN IF NOT EXISTS suspected_cause VARCHAR(400)",  // for a failed UT
            "ALTER TABLE weld_quality ADD COLUMN IF NOT EXISTS booth VARCHAR(200)",            // paint booth of its painting
            "ALTER TABLE weld_quality ADD COLUMN IF NOT EXISTS dft_readings BIGINT DEFAULT 0 NOT NULL", // booth dft_um readings
            "ALTER TABLE weld_quality ADD COLUMN IF NOT EXISTS dft_mean_um DOUBLE PRECISION",   // measured DFT; null if none
            // ---- service twin: delivered ships' operation and class surveys (docs/service-twin.md)
            """
            CREATE TABLE IF NOT EXISTS ship_service (
              ship_id                VARCHAR(200) PRIMARY KEY,
              version                BIGINT NOT NULL,             -- unique events applied; replays never lower it
              delivered_at           TIMESTAMP(3) WITH TIME ZONE, -- simulated clock; null until the delivery is seen
              reports                BIGINT NOT NULL,             -- operational reports
              reported_hours         DOUBLE PRECISION NOT NULL,   -- sum of their periods
              hours_at_sea           DOUBLE PRECISION NOT NULL,   -- sum of distance / average speed
              distance_nm            DOUBLE PRECISION NOT NULL,
              fuel_t                 DOUBLE PRECISION NOT NULL,
              main_engine_hours      DOUBLE PRECISION NOT NULL,
              mean_speed_knots       DOUBLE PRECISION NOT NULL,   -- distance / hours at sea
              fuel_t_per_nm          DOUBLE PRECISION NOT NULL,
              fuel_t_per_day_at_sea  DOUBLE PRECISION NOT NULL,
              last_report_at         TIMESTAMP(3) WITH TIME ZONE,
              annual_surveys         INT NOT NULL,                -- completed, passed or not
              intermediate_surveys   INT NOT NULL,
              special_surveys        INT NOT NULL,
              other_surveys          INT NOT NULL,                -- bottom, delivery
              surveys_failed_open    INT NOT NULL,                -- failed, not yet followed by a pass of the same or higher kind
              last_survey_id         VARCHAR(200),
              last_survey_kind       VARCHAR(16),
              last_survey_at         TIMESTAMP(3) WITH TIME ZONE,
              last_survey_passed     BOOLEAN,
              next_survey_kind       VARCHAR(16),                 -- by the class rule (SurveyCycle); null until delivered
              next_survey_number     INT,
              next_survey_due        TIMESTAMP(3) WITH TIME ZONE,
              survey_overdue         BOOLEAN NOT NULL,            -- the watermark passed the due date first
              last_event_id          VARCHAR(200) NOT NULL,
              last_event_time        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
              updated_at             TIMESTAMP(3) WITH TIME ZONE NOT NULL  -- wall clock
            )""",
            """
            CREATE TABLE IF NOT EXISTS ship_surveys (
              survey_id     VARCHAR(200) PRIMARY KEY,
              ship_id       VARCHAR(200) NOT NULL,
              kind          VARCHAR(16) NOT NULL,        -- ANNUAL | INTERMEDIATE | SPECIAL | BOTTOM | DELIVERY
              survey_number INT NOT NULL,                -- 1, 2, ... per ship and kind
              society       VARCHAR(16) NOT NULL,
              passed        BOOLEAN NOT NULL,
              completed_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,  -- simulated clock
              due_at        TIMESTAMP(3) WITH TIME ZONE,           -- by the class rule; null if not on the cycle
              event_id      VARCHAR(200) NOT NULL,
              updated_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL   -- wall clock
            )""",
            "CREATE INDEX IF NOT EXISTS ship_surveys_ship ON ship_surveys (ship_id, completed_at)");

    /** What-if results, written by {@code ./shiptwin scenario run|compare} and the dashboard's what-if runs. */
    public static final String WHATIF_RUNS = "whatif_runs";
    public static final String WHATIF_KPIS = "whatif_kpis";
    public static final String WHATIF_RESOURCES = "whatif_resources";
    public static final String WHATIF_SCHEDULE = "whatif_schedule";

    /**
     * Idempotent DDL of the what-if tables: one row per run and scenario, one per KPI estimate (mean and 95%
     * interval), one per resource, and the ship schedule of replication 0 (the Gantt). Run by the writer ({@code WhatIfStore}) before each save.
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
            )""",
            """
            CREATE TABLE IF NOT EXISTS whatif_schedule (
              run_id        VARCHAR(64)  NOT NULL,
              scenario      VARCHAR(200) NOT NULL,
              hull          VARCHAR(64)  NOT NULL,
              phase         VARCHAR(32)  NOT NULL,   -- fabrication (start to dock-in), erection, launch, quay-outfitting, sea-trials
              start_day     DOUBLE PRECISION NOT NULL,  -- days since the scenario start, replication 0
              finish_day    DOUBLE PRECISION,           -- null: not finished within the horizon
              contract_day  DOUBLE PRECISION NOT NULL,
              delivery_day  DOUBLE PRECISION,           -- null: not delivered within the horizon
              PRIMARY KEY (run_id, scenario, hull, phase, start_day)
            )""");

    private TwinTables() {
    }
}
