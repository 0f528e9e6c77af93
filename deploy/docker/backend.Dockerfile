# Selaras backend image. Build from the repository root:
#   docker build -f deploy/docker/backend.Dockerfile -t selaras/backend .
FROM eclipse-temurin:25-jdk AS build
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends maven >/dev/null && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -q -B -DskipTests -pl backend -am package

FROM eclipse-temurin:25-jre
RUN groupadd --system selaras && useradd --system --gid selaras --home-dir /app --shell /usr/sbin/nologin selaras
WORKDIR /app
COPY --from=build --chown=selaras:selaras /src/backend/target/selaras-backend-exec.jar /app/selaras-backend.jar
USER selaras
EXPOSE 8081
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    SELARAS_LOG_FORMAT=ecs
# readiness through bash's /dev/tcp: the runtime image needs no curl
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 CMD ["bash", "-c", \
  "exec 3<>/dev/tcp/127.0.0.1/8081 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
# SIGTERM starts a graceful shutdown: WebSockets are closed with 1012 (clients reconnect elsewhere), requests drain
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/app/selaras-backend.jar"]
