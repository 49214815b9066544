package org.irauditor.awsconfig;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.awsconfig.ConfigSnapshot.ConfigRule;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * A Config rule flags security groups that open SSH to the world: the managed rule {@code restricted-ssh}
 * (source identifier {@code INCOMING_SSH_DISABLED}), the managed rule that allows only authorised ports, or a
 * conformance-pack copy of {@code restricted-ssh}. A rule being deleted does not count.
 */
@Component
public class RestrictedSshRuleCheck implements RegionalCheck {

    public static final String ID = "config.restricted-ssh-rule";

    /** Managed rule source identifiers that evaluate SSH exposure of security groups. */
    static final Set<String> SOURCE_IDENTIFIERS =
            Set.of("INCOMING_SSH_DISABLED", "VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS");

    /** Conformance packs deploy the managed rule under this name followed by a suffix. */
    static final String RULE_NAME_PREFIX = "restricted-ssh";

    private static final Set<String> INACTIVE_STATES = Set.of("DELETING", "DELETING_RESULTS");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext organization) {
        Outcome<List<ConfigRule>> rules = region.config().configRules();
        if (rules.isFailed()) {
            return List.of(Verdict.unknown(rules.error()));
        }
        Optional<ConfigRule> rule = rules.value().stream()
                .filter(RestrictedSshRuleCheck::checksSsh)
                .filter(r -> !INACTIVE_STATES.contains(r.configRuleState()))
                .min(Comparator.comparing(ConfigRule::configRuleName));
        if (rule.isEmpty()) {
            return List.of(Verdict.fail("No Config rule checks security groups for unrestricted SSH in this region.")
                    .with("rules", rules.value().size()));
        }
        return List.of(pass(rule.get()));
    }

    private static boolean checksSsh(ConfigRule rule) {
        String identifier = rule.source() == null ? null : rule.source().sourceIdentifier();
        boolean managed = rule.source() != null && "AWS".equals(rule.source().owner());
        return (managed && SOURCE_IDENTIFIERS.contains(identifier))
                || (rule.configRuleName() != null && rule.configRuleName().startsWith(RULE_NAME_PREFIX));
    }

    private static Verdict pass(ConfigRule rule) {
        String identifier = rule.source() == null ? null : rule.source().sourceIdentifier();
        Verdict verdict = Verdict.pass("The Config rule " + rule.configRuleName()
                        + (identifier == null ? "" : " (" + identifier + ")")
                        + " checks security groups for unrestricted SSH.")
                .with("configRuleName", rule.configRuleName())
                .with("configRuleState", rule.configRuleState())
                .with("createdBy", rule.createdBy());
        return rule.configRuleArn() == null ? verdict : verdict.about(new Resource("Other", rule.configRuleArn()));
    }
}
