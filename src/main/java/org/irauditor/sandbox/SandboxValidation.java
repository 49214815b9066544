package org.irauditor.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.irauditor.core.InvalidConfigurationException;

/**
 * The consistency rules of a sandbox organization, checked when it is loaded so that a mistake in the definition
 * stops the run before anything is audited, with every problem listed at once.
 */
public final class SandboxValidation {

    /** The account states AWS Organizations reports. */
    public static final List<String> STATES = List.of("ACTIVE", "SUSPENDED", "PENDING_CLOSURE", "CLOSED");

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    // Covers the commercial, GovCloud, China and isolated partitions: us-east-1, us-gov-west-1, us-isob-east-1.
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    private SandboxValidation() {}

    /** The organization itself when it is consistent; otherwise stops with every problem under {@code subject}. */
    public static SandboxOrganization validated(SandboxOrganization organization, String subject) {
        List<String> problems = problems(organization);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(subject, problems);
        }
        return organization;
    }

    /** Every problem of the organization, in the order of the definition; empty when it is consistent. */
    public static List<String> problems(SandboxOrganization organization) {
        List<String> problems = new ArrayList<>();
        organizationProblems(organization, problems);
        Map<String, Long> ids = organization.accounts().stream()
                .map(SandboxAccount::id)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Set<String> reported = new TreeSet<>();
        for (int i = 0; i < organization.accounts().size(); i++) {
            SandboxAccount account = organization.accounts().get(i);
            String label = account.id() == null ? "accounts[" + i + "]" : "account " + account.id();
            idProblems(account, label, ids, reported, problems);
            accountProblems(account, label, problems);
        }
        return problems;
    }

    private static void organizationProblems(SandboxOrganization organization, List<String> problems) {
        if (organization.accounts().isEmpty()) {
            problems.add("accounts: at least one account is required");
        }
        String management = organization.managementAccountId();
        if (management == null) {
            problems.add("managementAccountId is missing");
        } else if (!ACCOUNT_ID.matcher(management).matches()) {
            problems.add("managementAccountId '" + management + "' is not 12 digits");
        } else if (organization.account(management).isEmpty()) {
            problems.add("managementAccountId " + management + " is not one of the accounts");
        }
        if (!isRegion(organization.homeRegion())) {
            problems.add("homeRegion '" + organization.homeRegion() + "' is not a region name");
        }
        for (String region : organization.regions()) {
            if (!isRegion(region)) {
                problems.add("regions: '" + region + "' is not a region name");
            }
        }
        new TreeSet<>(organization.delegatedAdmins().keySet()).forEach(principal -> {
            String admin = organization.delegatedAdmins().get(principal);
            if (organization.account(admin).isEmpty()) {
                problems.add(
                        "delegatedAdmins: " + principal + " names " + admin + ", which is not one of the accounts");
            }
        });
    }

    private static void idProblems(
            SandboxAccount account, String label, Map<String, Long> ids, Set<String> reported, List<String> problems) {
        if (account.id() == null) {
            problems.add(label + ": id is missing");
        } else if (!ACCOUNT_ID.matcher(account.id()).matches()) {
            problems.add(label + ": id is not 12 digits");
        }
        if (account.id() != null && ids.get(account.id()) > 1 && reported.add(account.id())) {
            problems.add(label + ": id is used by " + ids.get(account.id()) + " accounts");
        }
    }

    private static void accountProblems(SandboxAccount account, String label, List<String> problems) {
        if (!STATES.contains(account.state())) {
            problems.add(label + ": state '" + account.state() + "' is not one of " + STATES);
        }
        for (String region : account.disabledRegions()) {
            if (!isRegion(region)) {
                problems.add(label + ": disabledRegions '" + region + "' is not a region name");
            }
        }
        new TreeSet<>(account.traits().keySet()).forEach(key -> traitProblem(key, account, label, problems));
    }

    private static void traitProblem(String key, SandboxAccount account, String label, List<String> problems) {
        Set<String> values = SandboxTraits.BY_KEY.get(key);
        String value = account.traits().get(key);
        if (values == null) {
            problems.add(label + ": trait '" + key + "' is not a service; use one of "
                    + new TreeSet<>(SandboxTraits.BY_KEY.keySet()));
        } else if (!values.contains(value)) {
            problems.add(label + ": " + key + " trait '" + value + "' is not one of " + new TreeSet<>(values));
        }
    }

    private static boolean isRegion(String name) {
        return name != null && REGION.matcher(name).matches();
    }
}
