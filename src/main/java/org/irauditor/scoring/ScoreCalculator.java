package org.irauditor.scoring;

import java.util.List;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.report.NotAssessed;
import org.irauditor.report.ResultSource;
import org.springframework.stereotype.Component;

/** Computes the readiness scores from the run's results. */
@Component
public class ScoreCalculator {

    public Scores calculate(
            CheckCatalog catalog,
            OrganizationSnapshot organization,
            ResultSource results,
            List<NotAssessed> notAssessed) {
        return new Scores();
    }
}
