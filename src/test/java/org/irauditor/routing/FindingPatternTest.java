package org.irauditor.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.irauditor.routing.FindingPattern.FindingSource;
import org.junit.jupiter.api.Test;

class FindingPatternTest {

    @Test
    void matchesWhenPatternNamesGuardDutyFindingsShouldMatchGuardDuty() {
        assertThat(FindingPattern.matches("{\"source\":[\"aws.guardduty\"],\"detail-type\":[\"GuardDuty Finding\"]}"))
                .containsExactly(FindingSource.GUARDDUTY);
    }

    @Test
    void matchesWhenPatternNamesBothSourcesShouldMatchBoth() {
        assertThat(FindingPattern.matches("{\"source\":[\"aws.securityhub\",\"aws.guardduty\"]}"))
                .containsExactlyInAnyOrder(FindingSource.SECURITY_HUB, FindingSource.GUARDDUTY);
    }

    @Test
    void matchesWhenPatternHasOnlyTheDetailTypeShouldMatch() {
        assertThat(FindingPattern.matches("{\"detail-type\":[\"Security Hub Findings - Custom Action\"]}"))
                .containsExactly(FindingSource.SECURITY_HUB);
    }

    @Test
    void matchesWhenPatternNamesInsightResultsShouldNotMatch() {
        assertThat(FindingPattern.matches(
                        "{\"source\":[\"aws.securityhub\"],\"detail-type\":[\"Security Hub Insight Results\"]}"))
                .isEmpty();
    }

    @Test
    void matchesWhenPatternIsMalformedOrMissingShouldNotMatch() {
        assertThat(FindingPattern.matches("{\"source\":")).isEmpty();
        assertThat(FindingPattern.matches(null)).isEmpty();
        assertThat(FindingPattern.matches("{\"source\":[{\"prefix\":\"aws.\"}]}"))
                .isEmpty();
    }

    @Test
    void isResponseShouldCountResponseServicesButNotForwardingOrStorage() {
        assertThat(ResponseTarget.isResponse("arn:aws:states:us-east-1:777788889999:stateMachine:contain"))
                .isTrue();
        assertThat(ResponseTarget.isResponse("arn:aws:sqs:us-east-1:777788889999:findings"))
                .isTrue();
        assertThat(ResponseTarget.isResponse(
                        "arn:aws:ssm:us-east-1:777788889999:automation-definition/IsolateInstance:$DEFAULT"))
                .isTrue();
        assertThat(ResponseTarget.isResponse("arn:aws:events:us-east-1:777788889999:api-destination/pagerduty/5f1c"))
                .isTrue();
        assertThat(ResponseTarget.isResponse("arn:aws:events:us-east-1:222233334444:event-bus/security"))
                .isFalse();
        assertThat(ResponseTarget.isResponse("arn:aws:firehose:us-east-1:777788889999:deliverystream/siem"))
                .isFalse();
        assertThat(ResponseTarget.isResponse("not-an-arn")).isFalse();
    }
}
