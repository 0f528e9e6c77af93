# Selaras web UI image. Build from the repository root:
#   docker build -f deploy/docker/web-ui.Dockerfile -t selaras/web-ui .
FROM eclipse-temurin:25-jdk AS build
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends maven >/dev/null && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -q -B -DskipTests -pl web-ui -am package

FROM eclipse-temurin:25-jre
RUN groupadd --system selaras && useradd --system --gid selaras --home-dir /app --shell /usr/sbin/nologin selaras
WORKDIR /app
COPY --from=build --chown=selaras:selaras /src/web-ui/target/selaras-web-ui-exec.jar /app/selaras-web-ui.jar
USER selaras
# 8080: the web UI; 8090: health and metrics (management port), not for the public proxy
EXPOSE 8080 8090
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 CMD ["bash", "-c", \
  "exec 3<>/dev/tcp/127.0.0.1/8090 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["java", "-jar", "/app/selaras-web-ui.jar"]
