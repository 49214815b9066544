package org.irauditor.sandbox;

import java.util.Map;
import java.util.Set;
import org.irauditor.awsconfig.ConfigSandbox;
import org.irauditor.cloudtrail.CloudTrailSandbox;
import org.irauditor.contact.ContactSandbox;
import org.irauditor.detective.DetectiveSandbox;
import org.irauditor.flowlogs.FlowLogsSandbox;
import org.irauditor.guardduty.GuardDutySandbox;
import org.irauditor.incidentresponse.IncidentResponseSandbox;
import org.irauditor.routing.RoutingSandbox;
import org.irauditor.securityhub.SecurityHubSandbox;

/**
 * The trait vocabulary of sandbox accounts: each trait key and the values its sandbox interprets. The values live
 * beside the code that reads them; this map only names them by key.
 */
public final class SandboxTraits {

    /** The values each trait key accepts, by key. */
    public static final Map<String, Set<String>> BY_KEY = Map.of(
            "cloudtrail",
            CloudTrailSandbox.TRAITS,
            "config",
            ConfigSandbox.TRAITS,
            "securityhub",
            SecurityHubSandbox.TRAITS,
            "detective",
            DetectiveSandbox.TRAITS,
            "guardduty",
            GuardDutySandbox.TRAITS,
            "flowlogs",
            FlowLogsSandbox.TRAITS,
            "routing",
            RoutingSandbox.TRAITS,
            SandboxOrganization.AGGREGATION,
            SandboxOrganization.AGGREGATION_TRAITS,
            "contact",
            ContactSandbox.TRAITS,
            "incidentresponse",
            IncidentResponseSandbox.TRAITS);

    private SandboxTraits() {}
}
