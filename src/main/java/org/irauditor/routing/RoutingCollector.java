package org.irauditor.routing;

import org.irauditor.aws.RegionScope;
import org.springframework.stereotype.Component;

/** Collects the Routing state of one region of one account. */
@Component
public class RoutingCollector {

    public RoutingSnapshot collect(RegionScope scope) {
        return new RoutingSnapshot();
    }
}
