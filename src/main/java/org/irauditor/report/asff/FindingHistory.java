package org.irauditor.report.asff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every finding the auditor has ever reported, kept in the application's database (the job repository's): when
 * it was first and last seen, its last compliance status and record state, and the run that last saw it. It
 * keeps {@code CreatedAt} stable across runs and tells the Security Hub import which findings this run no longer
 * reports. Plain portable SQL, so the embedded H2 file and PostgreSQL both work.
 */
@Component
public class FindingHistory {

    /** The table, created at start-up when missing. */
    public static final String TABLE = "irauditor_finding_history";

    /** Record states kept in the history, the same words as ASFF's RecordState. */
    public static final String ACTIVE = "ACTIVE";

    public static final String ARCHIVED = "ARCHIVED";

    private static final String COLUMNS = "finding_id, check_id, account_id, region, resource_type, resource_id,"
            + " first_seen_ms, last_seen_ms, last_status, record_state, last_run_id";

    /** Changes written per JDBC batch. */
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    public FindingHistory(DataSource dataSource) {
        this.jdbcTemplate = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(jdbcTemplate);
        createTable();
    }

    /**
     * Records that a run saw a finding and returns it as now stored; the first sighting keeps its time, so
     * every writer of the same run gets the same {@code firstSeen} whichever records first.
     */
    public Entry observe(Entry seen) {
        try (Recorder recorder = new Recorder(
                find(seen.findingId()).map(e -> Map.of(e.findingId(), e)).orElse(Map.of()))) {
            return recorder.observe(seen);
        }
    }

    /**
     * A recorder for a whole walk of a run's results: the history is read once and the changes are written in
     * JDBC batches, instead of two statements per finding. Close it to write what is left.
     */
    public Recorder recorder() {
        Map<String, Entry> known = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM " + TABLE).query(FindingHistory::entry).stream()
                .forEach(e -> known.put(e.findingId(), e));
        return new Recorder(known);
    }

    public Optional<Entry> find(String findingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE finding_id = ?")
                .param(findingId)
                .query(FindingHistory::entry)
                .optional();
    }

    /** Active findings of an account that the given run did not see. */
    public List<Entry> activeNotSeenIn(String accountId, String runId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + TABLE
                        + " WHERE account_id = ? AND record_state = ? AND last_run_id <> ? ORDER BY finding_id")
                .param(accountId)
                .param(ACTIVE)
                .param(runId)
                .query(FindingHistory::entry)
                .list();
    }

    /** Marks findings as archived in Security Hub by the given run. */
    public void markArchived(Collection<String> findingIds, String runId, Instant at) {
        for (String id : findingIds) {
            jdbc.sql("UPDATE " + TABLE
                            + " SET record_state = ?, last_run_id = ?, last_seen_ms = ? WHERE finding_id = ?")
                    .param(ARCHIVED)
                    .param(runId)
                    .param(at.toEpochMilli())
                    .param(id)
                    .update();
        }
    }

    private void createTable() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                        + "finding_id VARCHAR(512) NOT NULL PRIMARY KEY,"
                        + " check_id VARCHAR(200) NOT NULL,"
                        + " account_id VARCHAR(12) NOT NULL,"
                        + " region VARCHAR(64) NOT NULL,"
                        + " resource_type VARCHAR(256) NOT NULL,"
                        + " resource_id VARCHAR(2048) NOT NULL,"
                        + " first_seen_ms BIGINT NOT NULL,"
                        + " last_seen_ms BIGINT NOT NULL,"
                        + " last_status VARCHAR(32) NOT NULL,"
                        + " record_state VARCHAR(16) NOT NULL,"
                        + " last_run_id VARCHAR(200) NOT NULL)")
                .update();
        jdbc.sql("CREATE INDEX IF NOT EXISTS " + TABLE + "_account ON " + TABLE + " (account_id)")
                .update();
    }

    private void insert(List<Entry> entries) {
        jdbcTemplate.batchUpdate(
                "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries.stream()
                        .map(e -> new Object[] {
                            e.findingId(),
                            e.checkId(),
                            e.accountId(),
                            e.region(),
                            e.resourceType(),
                            e.resourceId(),
                            e.firstSeen().toEpochMilli(),
                            e.lastSeen().toEpochMilli(),
                            e.lastStatus(),
                            e.recordState(),
                            e.runId()
                        })
                        .toList());
    }

    private void update(List<Entry> entries) {
        jdbcTemplate.batchUpdate(
                "UPDATE " + TABLE + " SET first_seen_ms = ?, last_seen_ms = ?, last_status = ?, record_state = ?,"
                        + " last_run_id = ?, resource_type = ? WHERE finding_id = ?",
                entries.stream()
                        .map(e -> new Object[] {
                            e.firstSeen().toEpochMilli(),
                            e.lastSeen().toEpochMilli(),
                            e.lastStatus(),
                            e.recordState(),
                            e.runId(),
                            e.resourceType(),
                            e.findingId()
                        })
                        .toList());
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(
                rs.getString("finding_id"),
                rs.getString("check_id"),
                rs.getString("account_id"),
                rs.getString("region"),
                rs.getString("resource_type"),
                rs.getString("resource_id"),
                Instant.ofEpochMilli(rs.getLong("first_seen_ms")),
                Instant.ofEpochMilli(rs.getLong("last_seen_ms")),
                rs.getString("last_status"),
                rs.getString("record_state"),
                rs.getString("last_run_id"));
    }

    /** Records the sightings of one walk: decides in memory, writes in batches. */
    public final class Recorder implements AutoCloseable {

        private final Map<String, Entry> known;
        private final List<Entry> inserts = new ArrayList<>();
        private final List<Entry> updates = new ArrayList<>();

        private Recorder(Map<String, Entry> known) {
            this.known = new HashMap<>(known);
        }

        /** The finding as stored after this sighting; the earliest first-seen time wins. */
        public Entry observe(Entry seen) {
            Entry existing = known.get(seen.findingId());
            if (existing == null) {
                inserts.add(seen);
                return remember(seen);
            }
            if (existing.sameSightingAs(seen)) {
                return existing;
            }
            Instant firstSeen =
                    existing.firstSeen().isBefore(seen.firstSeen()) ? existing.firstSeen() : seen.firstSeen();
            Entry updated = seen.withFirstSeen(firstSeen);
            updates.add(updated);
            return remember(updated);
        }

        private Entry remember(Entry entry) {
            known.put(entry.findingId(), entry);
            if (inserts.size() + updates.size() >= BATCH) {
                flush();
            }
            return entry;
        }

        private void flush() {
            if (!inserts.isEmpty()) {
                insert(inserts);
                inserts.clear();
            }
            if (!updates.isEmpty()) {
                update(updates);
                updates.clear();
            }
        }

        @Override
        public void close() {
            flush();
        }
    }

    /**
     * One finding in the history.
     *
     * @param lastStatus the ASFF compliance status last reported (PASSED, FAILED, NOT_AVAILABLE)
     * @param recordState {@link #ACTIVE} or {@link #ARCHIVED}
     * @param runId the run that last saw (or archived) the finding
     */
    public record Entry(
            String findingId,
            String checkId,
            String accountId,
            String region,
            String resourceType,
            String resourceId,
            Instant firstSeen,
            Instant lastSeen,
            String lastStatus,
            String recordState,
            String runId) {

        /** True when another writer of the same run already recorded this sighting. */
        boolean sameSightingAs(Entry other) {
            return runId.equals(other.runId)
                    && lastStatus.equals(other.lastStatus)
                    && recordState.equals(other.recordState);
        }

        Entry withFirstSeen(Instant time) {
            return new Entry(
                    findingId,
                    checkId,
                    accountId,
                    region,
                    resourceType,
                    resourceId,
                    time,
                    lastSeen,
                    lastStatus,
                    recordState,
                    runId);
        }
    }
}
