package org.irauditor.report.excel;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Links to the AWS console page of a service in a region, on the console host of the organization's partition.
 * The region is checked to be a region name before it goes into a link.
 */
final class ConsoleLinks {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

    /** Console paths by the first part of a check id or the service name, lower case without spaces. */
    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("cloudtrail", "cloudtrailv2/home"),
            Map.entry("awsconfig", "config/home"),
            Map.entry("config", "config/home"),
            Map.entry("securityhub", "securityhub/home"),
            Map.entry("detective", "detective/home"),
            Map.entry("guardduty", "guardduty/home"),
            Map.entry("flowlogs", "vpcconsole/home"),
            Map.entry("vpc", "vpcconsole/home"),
            Map.entry("vpcflowlogs", "vpcconsole/home"),
            Map.entry("routing", "events/home"),
            Map.entry("eventbridge", "events/home"),
            Map.entry("contact", "billing/home"),
            Map.entry("account", "billing/home"),
            Map.entry("incidentresponse", "security-ir/home"),
            Map.entry("securityincidentresponse", "security-ir/home"),
            Map.entry("organizations", "organizations/v2/home"),
            Map.entry("layout", "organizations/v2/home"));

    private ConsoleLinks() {}

    /** The console host of a partition. */
    static String host(String partition) {
        if ("aws-us-gov".equals(partition)) {
            return "console.amazonaws-us-gov.com";
        }
        if ("aws-cn".equals(partition)) {
            return "console.amazonaws.cn";
        }
        return "console.aws.amazon.com";
    }

    /**
     * The console page of the service a check belongs to, in the given region ({@code global} results use the home
     * region); {@code null} when the region is not a region name.
     */
    static String link(String partition, String checkId, String service, String region, String homeRegion) {
        String target = "global".equals(region) ? homeRegion : region;
        if (target == null || !REGION.matcher(target).matches()) {
            return null;
        }
        String path = PATHS.get(checkId.substring(0, Math.max(checkId.indexOf('.'), 0)));
        if (path == null && service != null) {
            path = PATHS.get(service.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
        }
        if (path == null) {
            path = "console/home";
        }
        return "https://" + host(partition) + "/" + path + "?region=" + target;
    }
}
