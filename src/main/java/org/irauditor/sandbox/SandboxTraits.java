package org.irauditor.sandbox;

import static java.util.Map.entry;

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
    public static final Map<String, Set<String>> BY_KEY = Map.ofEntries(
            entry("cloudtrail", CloudTrailSandbox.TRAITS),
            entry("config", ConfigSandbox.TRAITS),
            entry("securityhub", SecurityHubSandbox.TRAITS),
            entry("detective", DetectiveSandbox.TRAITS),
            entry("guardduty", GuardDutySandbox.TRAITS),
            entry("flowlogs", FlowLogsSandbox.TRAITS),
            entry("routing", RoutingSandbox.TRAITS),
            entry(SandboxOrganization.AGGREGATION, SandboxOrganization.AGGREGATION_TRAITS),
            entry("contact", ContactSandbox.TRAITS),
            entry("incidentresponse", IncidentResponseSandbox.TRAITS));

    private SandboxTraits() {}
}
