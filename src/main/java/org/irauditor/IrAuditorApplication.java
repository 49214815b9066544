package org.irauditor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the incident-response readiness audit. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IrAuditorApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(IrAuditorApplication.class, args)));
    }
}
