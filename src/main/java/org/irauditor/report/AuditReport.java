package org.irauditor.report;

import java.util.List;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.scoring.Scores;

/**
 * The one canonical model every report is written from.
 *
 * @param results every result of the run, walked from storage
 * @param scores the account, OU and organization scores
 */
public record AuditReport(
        RunInfo run,
        OrganizationSnapshot organization,
        CheckCatalog catalog,
        ResultSource results,
        List<NotAssessed> notAssessed,
        Scores scores) {

    public AuditReport {
        notAssessed = notAssessed == null ? List.of() : List.copyOf(notAssessed);
    }
}
