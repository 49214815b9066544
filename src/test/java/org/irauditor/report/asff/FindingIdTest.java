package org.irauditor.report.asff;

import static org.assertj.core.api.Assertions.assertThat;

import org.irauditor.core.CheckResult;
import org.irauditor.core.Status;
import org.junit.jupiter.api.Test;

class FindingIdTest {

    @Test
    void ofWhenAccountLevelResultShouldUseGlobalAndResourceHash() {
        // given
        CheckResult result = AsffTestData.accountLevel("111111111111", Status.FAIL);

        // when
        String id = FindingId.of(result);

        // then: the format is pinned, Security Hub updates findings only under the same id
        assertThat(id).isEqualTo("irauditor/contact.security-contact/111111111111/global/aef81e7e4100eaae");
    }

    @Test
    void ofWhenStatusChangesShouldKeepTheSameId() {
        // given
        CheckResult failed = AsffTestData.trail("111111111111", Status.FAIL);
        CheckResult passed = AsffTestData.trail("111111111111", Status.PASS);

        // when / then
        assertThat(FindingId.of(failed))
                .isEqualTo(FindingId.of(passed))
                .matches("irauditor/cloudtrail\\.log-file-validation/111111111111/eu-west-1/[0-9a-f]{16}");
    }

    @Test
    void ofWhenResourcesDifferShouldDiffer() {
        assertThat(FindingId.of("c.x", "111111111111", "eu-west-1", "arn:a"))
                .isNotEqualTo(FindingId.of("c.x", "111111111111", "eu-west-1", "arn:b"));
    }
}
