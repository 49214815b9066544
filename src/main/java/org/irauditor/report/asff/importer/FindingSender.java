package org.irauditor.report.asff.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.irauditor.aws.AwsErrors;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.report.asff.AsffFinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.BatchImportFindingsResponse;

/**
 * Sends one batch with {@code BatchImportFindings}. The client's retry strategy retries each call; when a call
 * is still throttled after those attempts, the whole batch is tried again a bounded number of times with a
 * growing pause. Findings refused inside an HTTP 200 ({@code FailedFindings}) and batches that fail outright are
 * both reported per finding id.
 */
final class FindingSender {

    /** Whole-batch attempts after throttling outlasted the SDK's own retries. */
    static final int MAX_THROTTLED_ATTEMPTS = 4;

    private static final Logger log = LoggerFactory.getLogger(FindingSender.class);

    private final Duration backoff;

    FindingSender(Duration backoff) {
        this.backoff = backoff;
    }

    /** The findings of the batch that were not imported; empty when all were. */
    List<ImportReport.FailedFinding> send(
            SecurityHubClient client, String account, String region, List<AsffFinding> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return refused(account, region, call(client, batch));
            } catch (SdkException e) {
                ErrorReason reason = AwsErrors.classify("BatchImportFindings", e);
                if (reason.kind() != ErrorKind.THROTTLED || attempt >= MAX_THROTTLED_ATTEMPTS) {
                    log.error(
                            "Batch not imported account={} region={} findings={} code={}",
                            account,
                            region,
                            batch.size(),
                            reason.code(),
                            e);
                    return allFailed(batch, reason);
                }
                log.warn("Batch throttled, retrying account={} region={} attempt={}", account, region, attempt);
                pause(attempt);
            }
        }
    }

    private static BatchImportFindingsResponse call(SecurityHubClient client, List<AsffFinding> batch) {
        return client.batchImportFindings(
                r -> r.findings(batch.stream().map(SdkFindings::toSdk).toList()));
    }

    private static List<ImportReport.FailedFinding> refused(
            String account, String region, BatchImportFindingsResponse response) {
        List<ImportReport.FailedFinding> failed = new ArrayList<>();
        response.failedFindings().forEach(f -> {
            log.warn(
                    "Finding refused by Security Hub account={} region={} finding={} code={} message={}",
                    account,
                    region,
                    f.id(),
                    f.errorCode(),
                    f.errorMessage());
            failed.add(new ImportReport.FailedFinding(f.id(), f.errorCode(), f.errorMessage()));
        });
        return failed;
    }

    private static List<ImportReport.FailedFinding> allFailed(List<AsffFinding> batch, ErrorReason reason) {
        return batch.stream()
                .map(f -> new ImportReport.FailedFinding(f.id(), reason.code(), reason.describe()))
                .toList();
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(backoff.toMillis() << (attempt - 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry BatchImportFindings", e);
        }
    }
}
