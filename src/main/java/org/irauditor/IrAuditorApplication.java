package org.irauditor;

import org.irauditor.core.InvalidConfigurationException;
import org.irauditor.job.ExitCode;
import org.irauditor.settings.InvalidYamlException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.bind.BindException;

/** Entry point of the incident-response readiness audit. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IrAuditorApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the audit and returns its exit code; start-up failures are mapped to their own codes. */
    public static int run(String... args) {
        try {
            return SpringApplication.exit(SpringApplication.run(IrAuditorApplication.class, args));
        } catch (RuntimeException e) {
            return startupFailure(e).code();
        }
    }

    static ExitCode startupFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidConfigurationException
                    || cause instanceof BindException
                    || cause instanceof InvalidYamlException) {
                return ExitCode.INVALID_CONFIGURATION;
            }
        }
        return ExitCode.FAILED;
    }
}
