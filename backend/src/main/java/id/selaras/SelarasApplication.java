package id.selaras;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Selaras backend: the public GraphQL API over the plans, their cascade and indicators, and participation. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SelarasApplication {

    public static void main(String[] args) {
        SpringApplication.run(SelarasApplication.class, args);
    }
}
