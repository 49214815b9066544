package org.irauditor.awsconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.awsconfig.ConfigTestData.account;
import static org.irauditor.awsconfig.ConfigTestData.organization;
import static org.irauditor.awsconfig.ConfigTestData.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.testing.Fixtures;
import org.junit.jupiter.api.Test;

class RestrictedSshRuleCheckTest {

    private final RestrictedSshRuleCheck check = new RestrictedSshRuleCheck();

    @Test
    void evaluateWhenManagedRuleIsDeployedShouldPassNamingIt() {
        // given
        RegionSnapshot region = region("us-east-1", "recording.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("The Config rule restricted-ssh (INCOMING_SSH_DISABLED) checks security groups for"
                            + " unrestricted SSH.");
            assertThat(v.resource().id())
                    .isEqualTo("arn:aws:config:us-east-1:111122223333:config-rule/config-rule-k2jf7s");
        });
    }

    @Test
    void evaluateWhenConformancePackRuleIsDeployedShouldPass() {
        // given
        RegionSnapshot region = region("us-east-1", rules("""
                {"ConfigRuleName": "restricted-ssh-conformance-pack-x1y2z3",
                 "Source": {"Owner": "AWS", "SourceIdentifier": "INCOMING_SSH_DISABLED"},
                 "ConfigRuleState": "ACTIVE", "CreatedBy": "config-conforms.amazonaws.com"}"""));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts)
                .extracting(Verdict::message)
                .containsExactly("The Config rule restricted-ssh-conformance-pack-x1y2z3 (INCOMING_SSH_DISABLED) checks"
                        + " security groups for unrestricted SSH.");
    }

    @Test
    void evaluateWhenAuthorizedPortsRuleIsDeployedShouldPass() {
        // given
        RegionSnapshot region = region("us-east-1", rules("""
                {"ConfigRuleName": "vpc-sg-open-only-to-authorized-ports",
                 "Source": {"Owner": "AWS", "SourceIdentifier": "VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS"},
                 "ConfigRuleState": "ACTIVE"}"""));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).extracting(Verdict::status).containsExactly(Status.PASS);
    }

    @Test
    void evaluateWhenOnlyRuleIsBeingDeletedShouldFail() {
        // given
        RegionSnapshot region = region("us-east-1", "failing.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("No Config rule checks security groups for unrestricted SSH in this region.");
            assertThat(v.evidence()).containsEntry("rules", "1");
        });
    }

    @Test
    void evaluateWhenCustomRuleUsesSameIdentifierShouldFail() {
        // given: a custom Lambda rule is not the managed rule, whatever its identifier
        RegionSnapshot region = region("us-east-1", rules("""
                {"ConfigRuleName": "ssh-check",
                 "Source": {"Owner": "CUSTOM_LAMBDA",
                            "SourceIdentifier": "arn:aws:lambda:us-east-1:111122223333:function:INCOMING_SSH_DISABLED"},
                 "ConfigRuleState": "ACTIVE"}"""));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).extracting(Verdict::status).containsExactly(Status.FAIL);
    }

    @Test
    void evaluateWhenCallIsDeniedShouldBeUnknown() {
        // given
        RegionSnapshot region = region("us-east-1", "access-denied.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("DescribeConfigRules failed: AccessDeniedException (access denied)");
        });
    }

    @Test
    void evaluateWhenNoRuleExistsShouldFail() {
        // given
        RegionSnapshot region = region("us-east-1", "empty.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("No Config rule checks security groups for unrestricted SSH in this region.");
            assertThat(v.evidence()).containsEntry("rules", "0");
        });
    }

    private List<Verdict> evaluate(RegionSnapshot region) {
        AccountSnapshot account = account(region);
        return check.evaluate(region, account, organization(account));
    }

    private static ConfigSnapshot rules(String ruleJson) {
        ConfigSnapshot base = ConfigTestData.config("empty.json");
        return new ConfigSnapshot(
                base.configurationRecorders(),
                base.configurationRecordersStatus(),
                base.configurationRecorderSummaries(),
                base.deliveryChannels(),
                base.deliveryChannelsStatus(),
                Outcome.ok(List.of(Fixtures.parse(ruleJson, ConfigSnapshot.ConfigRule.class))),
                null);
    }
}
