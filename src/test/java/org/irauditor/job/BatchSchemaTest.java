package org.irauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class BatchSchemaTest {

    @Test
    void afterPropertiesSetWhenRunTwiceShouldCreateTheSchemaOnceAndKeepItsData() throws Exception {
        // given an empty database
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:batch-schema;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(database);

        // when the schema is set up, a row written, and the schema set up again on the next start
        new BatchSchema(database).afterPropertiesSet();
        jdbc.update(
                "INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (1, 0, 'a', 'k')");
        new BatchSchema(database).afterPropertiesSet();

        // then the second start left the existing tables and their rows alone
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class))
                .isEqualTo(1);
    }
}
