# ShipTwin images for the distributed mode (docker-compose.yml).
#   build            : compiles everything once (mvn package)
#   shiptwin-flink   : the Flink image plus the job jar, for the session cluster and the job submitter
#   shiptwin (last)  : the CLI (sim, bridge, dashboard, ...) and the H2 server; the default target

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# POMs first so that the dependency download is a cached layer that survives source edits.
COPY pom.xml ./
COPY twin-model/pom.xml twin-model/
COPY sensors-sim/pom.xml sensors-sim/
COPY streams/pom.xml streams/
COPY dashboards/pom.xml dashboards/
COPY app/pom.xml app/
# Best effort: the sibling modules are not built yet, so this may stop early; package downloads the rest.
RUN mvn -B -q dependency:go-offline -DexcludeGroupIds=io.shiptwin || true
COPY . .
RUN mvn -B -DskipTests package \
 && test -f app/target/shiptwin.jar \
 && test -d app/target/lib \
 && test -f streams/target/shiptwin-streams-job.jar


FROM flink:2.2.0-java17 AS shiptwin-flink
USER root
# The checkpoint volume is mounted here; creating it in the image gives a new named volume
# the flink user's ownership (Flink runs as uid 9999, a fresh volume would be root-owned).
RUN mkdir -p /flink-data/checkpoints /flink-data/savepoints /opt/shiptwin \
 && chown -R flink:flink /flink-data
COPY --from=build /src/streams/target/shiptwin-streams-job.jar /opt/shiptwin/shiptwin-streams-job.jar
COPY deploy/flink/submit-job.sh /opt/shiptwin/submit-job.sh
USER flink


FROM eclipse-temurin:17-jre AS shiptwin
RUN groupadd --system shiptwin \
 && useradd --system --gid shiptwin --home-dir /opt/shiptwin shiptwin \
 && mkdir -p /opt/shiptwin/run /data \
 && chown shiptwin:shiptwin /opt/shiptwin/run /data
WORKDIR /opt/shiptwin
COPY --from=build /src/app/target/lib/ /opt/shiptwin/lib/
COPY --from=build /src/app/target/shiptwin.jar /opt/shiptwin/shiptwin.jar
COPY --from=build /src/streams/target/shiptwin-streams-job.jar /opt/shiptwin/shiptwin-streams-job.jar
# /data: the H2 server's base directory (a volume in compose); run/: the CLI's default --run-dir.
USER shiptwin
ENTRYPOINT ["java", "-jar", "/opt/shiptwin/shiptwin.jar"]
CMD ["--help"]
