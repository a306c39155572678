# Builds the Tether image from source: docker compose build (or docker build -t tether .)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY assignment-core assignment-core
COPY assignment-persistence assignment-persistence
COPY line-webhook line-webhook
COPY assignment-api assignment-api
# The parent lists the benchmark module: Maven needs its pom, the image needs none of its code.
COPY benchmark/pom.xml benchmark/pom.xml
RUN ./mvnw -q -B -DskipTests -pl assignment-api -am package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 tether
WORKDIR /app
COPY --from=build /src/assignment-api/target/tether.jar /app/tether.jar
USER tether
ENV TETHER_DATA_DIR=/app/data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/tether.jar"]
