package org.irauditor.job;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Creates the Spring Batch job repository tables when the database does not have them yet, and leaves an existing
 * schema alone: creating it on every start fills a shared database's log with "already exists" errors and needs
 * the right to create tables on every run.
 */
@Component
public class BatchSchema implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(BatchSchema.class);

    /** A table every Spring Batch schema has. */
    private static final String MARKER_TABLE = "BATCH_JOB_INSTANCE";

    private final DataSource dataSource;

    public BatchSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            if (exists(metadata, MARKER_TABLE) || exists(metadata, MARKER_TABLE.toLowerCase())) {
                return;
            }
            String platform = DatabaseDriver.fromProductName(metadata.getDatabaseProductName())
                    .getId();
            ClassPathResource script =
                    new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql");
            log.info("Job repository schema created database={} script={}", platform, script.getPath());
            new ResourceDatabasePopulator(script).populate(connection);
        }
    }

    private static boolean exists(DatabaseMetaData metadata, String table) throws SQLException {
        try (ResultSet tables = metadata.getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }
}
