#!/usr/bin/env bash
# Waits until the bridge has created the yard topics (YardTopics.ensure), so that the Flink job is
# only submitted when its source and sink topics exist (the broker has auto-create off, and the
# twin topics need cleanup.policy=compact, which only the bridge sets).
# Keep this list in step with io.shiptwin.model.Topics / io.shiptwin.streams.kafka.YardTopics.
set -u
bootstrap="${KAFKA_BOOTSTRAP:-kafka:9092}"
want="yard.telemetry.raw yard.events.raw yard.deadletter twin.equipment twin.blocks twin.ships twin.alerts twin.kpis"
for attempt in $(seq 1 150); do
  have="$(/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --list 2>/dev/null)"
  missing=""
  for t in $want; do
    grep -qxF "$t" <<<"$have" || missing="$missing $t"
  done
  if [ -z "$missing" ]; then
    echo "wait-for-topics: all yard topics exist on $bootstrap"
    exit 0
  fi
  echo "wait-for-topics: waiting for$missing (attempt $attempt)"
  sleep 2
done
echo "wait-for-topics: gave up; is shiptwin-bridge running? (docker compose logs shiptwin-bridge)" >&2
exit 1
