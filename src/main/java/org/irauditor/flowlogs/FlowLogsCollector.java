package org.irauditor.flowlogs;

import org.irauditor.aws.RegionScope;
import org.springframework.stereotype.Component;

/** Collects the FlowLogs state of one region of one account. */
@Component
public class FlowLogsCollector {

    public FlowLogsSnapshot collect(RegionScope scope) {
        return new FlowLogsSnapshot();
    }
}
