package org.irauditor.securityhub;

import org.irauditor.aws.RegionScope;
import org.springframework.stereotype.Component;

/** Collects the SecurityHub state of one region of one account. */
@Component
public class SecurityHubCollector {

    public SecurityHubSnapshot collect(RegionScope scope) {
        return new SecurityHubSnapshot();
    }
}
