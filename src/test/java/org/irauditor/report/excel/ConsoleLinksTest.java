package org.irauditor.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleLinksTest {

    @Test
    void linkShouldUseThePartitionsConsoleHost() {
        assertThat(ConsoleLinks.link("aws", "guardduty.detector", "GuardDuty", "eu-west-1", "us-east-1"))
                .isEqualTo("https://console.aws.amazon.com/guardduty/home?region=eu-west-1");
        assertThat(ConsoleLinks.link("aws-us-gov", "cloudtrail.trail", "CloudTrail", "us-gov-west-1", "us-gov-west-1"))
                .isEqualTo("https://console.amazonaws-us-gov.com/cloudtrailv2/home?region=us-gov-west-1");
        assertThat(ConsoleLinks.link("aws-cn", "awsconfig.recorder", "Config", "cn-north-1", "cn-north-1"))
                .isEqualTo("https://console.amazonaws.cn/config/home?region=cn-north-1");
    }

    @Test
    void linkWhenGlobalShouldUseTheHomeRegionAndFallBackOnTheServiceName() {
        assertThat(ConsoleLinks.link("aws", "sechub.aggregator", "Security Hub", "global", "eu-central-1"))
                .isEqualTo("https://console.aws.amazon.com/securityhub/home?region=eu-central-1");
        assertThat(ConsoleLinks.link("aws", "other.thing", "Something new", "global", "us-east-1"))
                .isEqualTo("https://console.aws.amazon.com/console/home?region=us-east-1");
    }

    @Test
    void linkWhenRegionIsNotARegionNameShouldGiveNone() {
        assertThat(ConsoleLinks.link("aws", "guardduty.detector", "GuardDuty", "eu-west-1\",\"x", "us-east-1"))
                .isNull();
    }
}
