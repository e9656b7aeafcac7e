#!/usr/bin/env bash
# Submits the ShipTwin twin job to the Flink session cluster, once:
#  - skips if a job of the same name is already running (so `docker compose up` can be re-run),
#  - resumes from the newest retained checkpoint on the shared volume when there is one
#    (a session cluster without HA forgets its jobs when the JobManager restarts).
# Environment: SHIPTWIN_KAFKA, SHIPTWIN_H2 (required), FLINK_JOBMANAGER (default flink-jobmanager:8081),
#              SHIPTWIN_RESUME (default true; false = start fresh from the committed Kafka offsets).
set -euo pipefail
jm="${FLINK_JOBMANAGER:-flink-jobmanager:8081}"
jar=/opt/shiptwin/shiptwin-streams-job.jar
main_class=io.shiptwin.streams.twin.EquipmentTwinJob
job_name=shiptwin-equipment-twin          # the name EquipmentTwinJob.main passes to env.execute
checkpoints=/flink-data/checkpoints       # execution.checkpointing.dir in FLINK_PROPERTIES
: "${SHIPTWIN_KAFKA:?set SHIPTWIN_KAFKA}" "${SHIPTWIN_H2:?set SHIPTWIN_H2}"

if flink list -r -m "$jm" 2>/dev/null | grep -qF ": $job_name ("; then
  echo "submit-job: $job_name is already running on $jm; nothing to do"
  exit 0
fi

resume=()
if [ "${SHIPTWIN_RESUME:-true}" = "true" ]; then
  # Layout: <dir>/<job id>/chk-<n>/_metadata; newest first.
  latest="$(ls -1dt "$checkpoints"/*/chk-* 2>/dev/null | while read -r d; do
              if [ -f "$d/_metadata" ]; then echo "$d"; break; fi; done || true)"
  if [ -n "$latest" ]; then
    echo "submit-job: resuming from $latest"
    resume=(-s "file://$latest")
  fi
fi

echo "submit-job: submitting $main_class to $jm"
exec flink run -d -m "$jm" "${resume[@]}" -c "$main_class" "$jar" \
  --kafka "$SHIPTWIN_KAFKA" --h2 "$SHIPTWIN_H2"
