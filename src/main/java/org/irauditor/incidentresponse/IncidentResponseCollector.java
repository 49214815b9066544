package org.irauditor.incidentresponse;

import org.irauditor.aws.RegionScope;
import org.springframework.stereotype.Component;

/** Collects AWS Security Incident Response membership (only in its delegated administrator); called once per account with the home region's scope. */
@Component
public class IncidentResponseCollector {

    public IncidentResponseSnapshot collect(RegionScope scope) {
        return new IncidentResponseSnapshot();
    }
}
