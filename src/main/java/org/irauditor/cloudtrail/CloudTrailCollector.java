package org.irauditor.cloudtrail;

import org.irauditor.aws.RegionScope;
import org.springframework.stereotype.Component;

/** Collects the CloudTrail state of one region of one account. */
@Component
public class CloudTrailCollector {

    public CloudTrailSnapshot collect(RegionScope scope) {
        return new CloudTrailSnapshot();
    }
}
