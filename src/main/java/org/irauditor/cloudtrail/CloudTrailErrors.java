package org.irauditor.cloudtrail;

import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;

/** Reasons CloudTrail data is missing that do not come from an AWS answer. */
final class CloudTrailErrors {

    private CloudTrailErrors() {}

    /** A per-trail answer absent from a snapshot (an older or hand-written snapshot). */
    static ErrorReason notCollected(String operation) {
        return new ErrorReason(operation, "NotCollected", "not in the snapshot", ErrorKind.UNEXPECTED);
    }
}
