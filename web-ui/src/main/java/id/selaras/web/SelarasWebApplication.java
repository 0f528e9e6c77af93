package id.selaras.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Selaras web UI: a Vaadin Flow application that reads and writes plans through the backend's GraphQL API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SelarasWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(SelarasWebApplication.class, args);
    }
}
