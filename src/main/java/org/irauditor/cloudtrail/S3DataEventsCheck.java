package org.irauditor.cloudtrail;

import org.springframework.stereotype.Component;

/** Are S3 object-level operations (who read or changed which object) recorded for every bucket. */
@Component
public class S3DataEventsCheck extends DataEventsCheck {

    public static final String ID = "cloudtrail.s3-data-events";

    @Override
    public String id() {
        return ID;
    }

    @Override
    String resourceType() {
        return SelectorAnalysis.S3_OBJECT;
    }

    @Override
    String events() {
        return "S3 data events";
    }

    @Override
    String everything() {
        return "all buckets";
    }
}
