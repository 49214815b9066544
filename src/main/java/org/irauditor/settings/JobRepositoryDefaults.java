package org.irauditor.settings;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the job repository at an embedded H2 file database inside {@code audit.reports.state-directory},
 * unless {@code spring.datasource.url} names another database (PostgreSQL, for example).
 */
public class JobRepositoryDefaults implements EnvironmentPostProcessor {

    static final String DEFAULT_STATE_DIRECTORY = "reports/.state";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        String state = environment.getProperty("audit.reports.state-directory", DEFAULT_STATE_DIRECTORY);
        // H2 accepts only absolute or explicitly relative ("./") file names; WRITE_DELAY=0 makes every commit
        // durable at once, so a run killed right after an account finished still knows it finished
        Path database = Path.of(state).toAbsolutePath().normalize().resolve("job-repository");
        String url = "jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("auditJobRepository", Map.of("spring.datasource.url", url)));
    }
}
