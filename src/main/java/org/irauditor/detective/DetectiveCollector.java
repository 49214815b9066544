package org.irauditor.detective;

import org.irauditor.aws.RegionScope;
import org.springframework.stereotype.Component;

/** Collects the Detective state of one region of one account. */
@Component
public class DetectiveCollector {

    public DetectiveSnapshot collect(RegionScope scope) {
        return new DetectiveSnapshot();
    }
}
