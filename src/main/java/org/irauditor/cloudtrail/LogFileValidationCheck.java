package org.irauditor.cloudtrail;

import org.irauditor.audit.AccountSnapshot;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/** Does each covering trail write digest files, so that tampering with its log files can be detected. */
@Component
public class LogFileValidationCheck extends CoveringTrailCheck {

    public static final String ID = "cloudtrail.log-file-validation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    String property() {
        return "Log file validation";
    }

    @Override
    Verdict judge(Trail trail, AccountSnapshot account) {
        return trail.logFileValidationEnabled()
                ? Verdict.pass("Log file validation is enabled on " + Trails.label(trail))
                : Verdict.fail("Log file validation is disabled on " + Trails.label(trail));
    }
}
