package org.irauditor.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.irauditor.core.InvalidConfigurationException;
import org.irauditor.core.Severity;

/**
 * Checks every {@code audit.*} setting before anything is called, and names each bad one with what it accepts.
 */
public final class SettingsValidator {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    /** IAM role name with an optional path (IAM API reference, CreateRole). */
    private static final Pattern ROLE_NAME = Pattern.compile("([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}");
    /** STS AssumeRole RoleSessionName: 2 to 64 characters of this set. */
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    /** STS AssumeRole ExternalId: 2 to 1224 characters of this set. */
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    /** STS AssumeRole DurationSeconds lies between 15 minutes and 12 hours. */
    private static final Duration MIN_SESSION = Duration.ofMinutes(15);

    private static final Duration MAX_SESSION = Duration.ofHours(12);

    private SettingsValidator() {}

    /** Throws with every problem found, each naming its setting. */
    public static void validate(AuditProperties settings, Set<String> checkIds) {
        List<String> problems = new ArrayList<>();
        role(settings.role(), problems);
        regions(settings.regions(), problems);
        accounts(settings.accounts(), problems);
        range("audit.parallelism.accounts", settings.parallelism().accounts(), 1, 256, problems);
        range("audit.parallelism.regions", settings.parallelism().regions(), 1, 32, problems);
        aws(settings.aws(), problems);
        scoring(settings.scoring(), checkIds, problems);
        sandbox(settings, problems);
        if (settings.run().resumeWithin().isNegative()) {
            problems.add("audit.run.resume-within must not be negative (0 always starts a new run)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("Invalid settings", problems);
        }
    }

    private static void role(AuditProperties.Role role, List<String> problems) {
        if (role.name() == null || !ROLE_NAME.matcher(role.name()).matches()) {
            problems.add("audit.role.name '" + role.name() + "' is not an IAM role name (letters, digits, +=,.@_- and"
                    + " an optional path)");
        }
        if (role.sessionName() == null
                || !SESSION_NAME.matcher(role.sessionName()).matches()) {
            problems.add("audit.role.session-name must be 2 to 64 characters of letters, digits and +=,.@_-");
        }
        if (role.externalId() != null
                && !role.externalId().isBlank()
                && !EXTERNAL_ID.matcher(role.externalId()).matches()) {
            problems.add("audit.role.external-id must be 2 to 1224 characters of letters, digits and +=,.@:/_-");
        }
        if (role.duration().compareTo(MIN_SESSION) < 0 || role.duration().compareTo(MAX_SESSION) > 0) {
            problems.add("audit.role.duration " + readable(role.duration()) + " must be between 15m and 12h");
        }
    }

    private static void regions(AuditProperties.Regions regions, List<String> problems) {
        regionNames("audit.regions.allow", regions.allow(), problems);
        regionNames("audit.regions.deny", regions.deny(), problems);
        regionNames("audit.regions.home", List.of(String.valueOf(regions.home())), problems);
        Set<String> both = new HashSet<>(regions.allow());
        both.retainAll(regions.deny());
        if (!both.isEmpty()) {
            problems.add("audit.regions.allow and audit.regions.deny both name " + both);
        }
    }

    private static void regionNames(String setting, List<String> names, List<String> problems) {
        names.stream()
                .filter(n -> n == null || !REGION.matcher(n).matches())
                .forEach(n -> problems.add(setting + ": '" + n + "' is not a region name such as eu-west-1"));
    }

    private static void accounts(AuditProperties.Accounts accounts, List<String> problems) {
        Set<String> both = new HashSet<>(accounts.allow());
        both.retainAll(accounts.deny());
        if (!both.isEmpty()) {
            problems.add("audit.accounts.allow and audit.accounts.deny both name " + both);
        }
        for (String setting : List.of("allow", "deny")) {
            List<String> ids = setting.equals("allow") ? accounts.allow() : accounts.deny();
            ids.stream()
                    .filter(id -> id == null || !ACCOUNT_ID.matcher(id).matches())
                    .forEach(id -> problems.add("audit.accounts." + setting + ": '" + id
                            + "' is not a 12-digit account id (quote it in YAML)"));
        }
    }

    private static void aws(AuditProperties.Aws aws, List<String> problems) {
        if (aws.endpoint() != null) {
            String scheme = aws.endpoint().getScheme();
            if (!("http".equals(scheme) || "https".equals(scheme))
                    || aws.endpoint().getHost() == null) {
                problems.add("audit.aws.endpoint '" + aws.endpoint() + "' must be an http or https URL such as"
                        + " http://127.0.0.1:5000");
            }
        }
        if (!positive(aws.callTimeout()) || !positive(aws.attemptTimeout())) {
            problems.add("audit.aws.call-timeout and audit.aws.attempt-timeout must be positive");
        } else if (aws.attemptTimeout().compareTo(aws.callTimeout()) > 0) {
            problems.add("audit.aws.attempt-timeout must not be longer than audit.aws.call-timeout");
        }
        range("audit.aws.max-attempts", aws.maxAttempts(), 1, 20, problems);
        range("audit.aws.max-connections", aws.maxConnections(), 1, 1000, problems);
    }

    private static void scoring(AuditProperties.Scoring scoring, Set<String> checkIds, List<String> problems) {
        for (Map.Entry<String, Integer> weight : scoring.severityWeights().entrySet()) {
            if (!isSeverity(weight.getKey())) {
                problems.add("audit.scoring.severity-weights: '" + weight.getKey() + "' is not one of "
                        + List.of(Severity.values()));
            }
            nonNegative("audit.scoring.severity-weights." + weight.getKey(), weight.getValue(), problems);
        }
        for (Map.Entry<String, Integer> weight : scoring.checkWeights().entrySet()) {
            if (!checkIds.isEmpty() && !checkIds.contains(weight.getKey())) {
                problems.add("audit.scoring.check-weights: no check has the id '" + weight.getKey() + "'");
            }
            nonNegative("audit.scoring.check-weights." + weight.getKey(), weight.getValue(), problems);
        }
        if (scoring.threshold() < 0 || scoring.threshold() > 100) {
            problems.add("audit.scoring.threshold " + scoring.threshold() + " must be between 0 and 100");
        }
    }

    private static void sandbox(AuditProperties settings, List<String> problems) {
        range("audit.sandbox.generated-accounts", settings.sandbox().generatedAccounts(), 0, 100_000, problems);
        regionNames("audit.sandbox.generated-regions", settings.sandbox().generatedRegions(), problems);
        if (settings.sandbox().delayPerAccount().isNegative()) {
            problems.add("audit.sandbox.delay-per-account must not be negative");
        }
        if (settings.mode() == AuditProperties.Mode.SANDBOX
                && settings.securityHubImport().enabled()
                && settings.aws().endpoint() == null) {
            problems.add("audit.security-hub-import.enabled: sandbox findings are imported only into a local"
                    + " endpoint; set audit.aws.endpoint");
        }
        String importRegion = settings.securityHubImport().region();
        if (importRegion != null && !importRegion.isBlank()) {
            regionNames("audit.security-hub-import.region", List.of(importRegion), problems);
        }
    }

    /** A duration as the settings write it: 5m, 90s, 13h. */
    private static String readable(Duration duration) {
        return duration.toString().substring(2).toLowerCase();
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static boolean isSeverity(String name) {
        for (Severity severity : Severity.values()) {
            if (severity.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static void range(String setting, int value, int min, int max, List<String> problems) {
        if (value < min || value > max) {
            problems.add(setting + " is " + value + " but must be between " + min + " and " + max);
        }
    }

    private static void nonNegative(String setting, Integer value, List<String> problems) {
        if (value == null || value < 0) {
            problems.add(setting + " must be a whole number of at least 0");
        }
    }
}
