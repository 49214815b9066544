package org.irauditor.guardduty;

import org.irauditor.aws.RegionScope;
import org.springframework.stereotype.Component;

/** Collects the GuardDuty state of one region of one account. */
@Component
public class GuardDutyCollector {

    public GuardDutySnapshot collect(RegionScope scope) {
        return new GuardDutySnapshot();
    }
}
