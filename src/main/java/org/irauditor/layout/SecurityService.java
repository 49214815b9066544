package org.irauditor.layout;

import java.util.List;

/**
 * A security service whose administration the layout check inspects, with the service principals under which its
 * delegated administrator is registered (AWS Config has two: one for aggregators, one for conformance packs and
 * organization rules).
 *
 * @param optional true for a service that is judged only where the organization uses it
 */
record SecurityService(String name, List<String> principals, boolean optional) {

    static final List<SecurityService> ALL = List.of(
            new SecurityService("Security Hub", List.of("securityhub.amazonaws.com"), false),
            new SecurityService("GuardDuty", List.of("guardduty.amazonaws.com"), false),
            new SecurityService(
                    "AWS Config", List.of("config.amazonaws.com", "config-multiaccountsetup.amazonaws.com"), false),
            new SecurityService("Detective", List.of("detective.amazonaws.com"), false),
            new SecurityService("IAM Access Analyzer", List.of("access-analyzer.amazonaws.com"), true));

    /** The principal that names the service in results. */
    String principal() {
        return principals.get(0);
    }
}
