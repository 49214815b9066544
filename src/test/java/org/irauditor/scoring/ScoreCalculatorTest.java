package org.irauditor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.irauditor.core.Status.FAIL;
import static org.irauditor.core.Status.NOT_APPLICABLE;
import static org.irauditor.core.Status.PASS;
import static org.irauditor.core.Status.UNKNOWN;
import static org.irauditor.testing.SyntheticAudit.check;
import static org.irauditor.testing.SyntheticAudit.result;

import java.util.List;
import java.util.Map;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.core.CheckResult;
import org.irauditor.core.InvalidConfigurationException;
import org.irauditor.core.Json;
import org.irauditor.core.Phase;
import org.irauditor.core.Question;
import org.irauditor.core.Scope;
import org.irauditor.core.Severity;
import org.irauditor.core.Status;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.report.NotAssessed;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.SyntheticAudit;
import org.irauditor.testing.SyntheticAudit.CountingSource;
import org.junit.jupiter.api.Test;

class ScoreCalculatorTest {

    private static final CheckCatalog CATALOG = SyntheticAudit.catalog(List.of(
            check(
                    "a.crit",
                    "CloudTrail",
                    Scope.REGION,
                    Severity.CRITICAL,
                    Phase.DETECT,
                    1,
                    Question.WHAT,
                    Question.WHEN),
            check("a.high", "CloudTrail", Scope.REGION, Severity.HIGH, Phase.DETECT, 2, Question.WHO),
            check("b.medium", "Detective", Scope.ACCOUNT, Severity.MEDIUM, Phase.INVESTIGATE, 3, Question.HOW_FAR),
            check("b.low", "Detective", Scope.ACCOUNT, Severity.LOW, Phase.RECOVER, 4, Question.WHAT),
            check("c.info", "Contact", Scope.ACCOUNT, Severity.INFORMATIONAL, Phase.TRIAGE, 1, Question.WHAT)));

    private static final OrganizationSnapshot ORGANIZATION = SyntheticAudit.organization(
            "aws",
            List.of(
                    SyntheticAudit.account("111111111111", "prod", "Root/Prod", Map.of("Owner", "alice")),
                    SyntheticAudit.account("222222222222", "web", "Root/Prod/Web", Map.of()),
                    SyntheticAudit.account("333333333333", "sandbox", "Root/Sandbox", Map.of())));

    private static final List<CheckResult> RESULTS = List.of(
            result("a.crit", "111111111111", "us-east-1", PASS),
            result("a.crit", "111111111111", "eu-west-1", PASS),
            result("a.high", "111111111111", "us-east-1", PASS),
            result("a.high", "111111111111", "eu-west-1", FAIL),
            result("b.medium", "111111111111", "global", PASS),
            result("b.low", "111111111111", "global", UNKNOWN),
            result("c.info", "111111111111", "global", FAIL),
            result("a.crit", "222222222222", "us-east-1", PASS),
            result("a.crit", "222222222222", "eu-west-1", UNKNOWN),
            result("a.high", "222222222222", "us-east-1", NOT_APPLICABLE),
            result("a.high", "222222222222", "eu-west-1", NOT_APPLICABLE),
            result("b.medium", "222222222222", "global", FAIL),
            result("b.low", "222222222222", "global", PASS),
            result("c.info", "222222222222", "global", PASS),
            result("a.crit", "333333333333", "us-east-1", UNKNOWN),
            result("a.crit", "333333333333", "eu-west-1", UNKNOWN),
            result("b.medium", "333333333333", "global", UNKNOWN));

    private final ScoreCalculator calculator = new ScoreCalculator(new AuditProperties.Scoring(Map.of(), Map.of(), 0));

    @Test
    void calculateShouldScoreAccountsAsWeightedShareOfKnownChecks() {
        // given the default weights: critical 10, high 6, medium 3, low 1, informational 0

        // when
        Scores scores = calculate(calculator);

        // then 111: passed 10 + 3, failed 6 + 0 (b.low unknown) -> 13 / 19; 222: passed 1 + 0, failed 3 -> 1 / 4
        assertThat(account(scores, "111111111111").score()).isCloseTo(100.0 * 13 / 19, within(1e-9));
        assertThat(account(scores, "111111111111").coverage()).isEqualTo(80.0);
        assertThat(account(scores, "222222222222").score()).isEqualTo(25.0);
        assertThat(account(scores, "222222222222").coverage()).isEqualTo(75.0);
        assertThat(account(scores, "333333333333").score()).isNull();
        assertThat(account(scores, "333333333333").coverage()).isEqualTo(0.0);
    }

    @Test
    void calculateShouldFoldRegionsWithFailBeforeUnknownBeforePass() {
        // when
        Scores scores = calculate(calculator);

        // then
        assertThat(account(scores, "111111111111").services())
                .containsExactlyInAnyOrderEntriesOf(Map.of("CloudTrail", FAIL, "Detective", UNKNOWN, "Contact", FAIL));
        assertThat(account(scores, "222222222222").services())
                .containsExactlyInAnyOrderEntriesOf(Map.of("CloudTrail", UNKNOWN, "Detective", FAIL, "Contact", PASS));
        assertThat(account(scores, "111111111111").failedChecks()).containsExactly("a.high", "c.info");
        assertThat(account(scores, "222222222222").total()).isEqualTo(new Tally(2, 1, 1, 1, 3));
    }

    @Test
    void calculateShouldAggregateOrganizationAndOusAsWeightedSumsOverAccounts() {
        // when
        Scores scores = calculate(calculator);

        // then passed weight 13 + 1, failed weight 6 + 3; 7 of 11 applicable (account, check) pairs known
        assertThat(scores.organizationScore()).isCloseTo(100.0 * 14 / 23, within(1e-9));
        assertThat(scores.organizationCoverage()).isCloseTo(100.0 * 7 / 11, within(1e-9));
        assertThat(scores.ous())
                .extracting(OuScore::ouPath, OuScore::accounts)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Root", 3),
                        org.assertj.core.groups.Tuple.tuple("Root/Prod", 2),
                        org.assertj.core.groups.Tuple.tuple("Root/Prod/Web", 1),
                        org.assertj.core.groups.Tuple.tuple("Root/Sandbox", 1));
        assertThat(ou(scores, "Root/Prod").score()).isCloseTo(100.0 * 14 / 23, within(1e-9));
        assertThat(ou(scores, "Root/Prod/Web").score()).isEqualTo(25.0);
        assertThat(ou(scores, "Root/Sandbox").score()).isNull();
    }

    @Test
    void calculateShouldGiveTheHighestLevelWhoseChecksAllPass() {
        // when
        Scores scores = calculate(calculator);

        // then 111 fails a level-2 check (the failed informational check blocks nothing); 222 has an UNKNOWN at 1
        assertThat(account(scores, "111111111111").level()).isEqualTo(1);
        assertThat(account(scores, "222222222222").level()).isZero();
        assertThat(account(scores, "333333333333").level()).isZero();
        assertThat(scores.levels()).containsExactlyInAnyOrderEntriesOf(Map.of(0, 2, 1, 1, 2, 0, 3, 0, 4, 0));
    }

    @Test
    void calculateShouldCountResultsChecksPhasesAndQuestions() {
        // when
        Scores scores = calculate(calculator);

        // then
        assertThat(scores.resultCounts())
                .containsExactlyInAnyOrderEntriesOf(Map.of(PASS, 7L, FAIL, 3L, UNKNOWN, 5L, NOT_APPLICABLE, 2L));
        assertThat(scores.checks())
                .containsExactly(
                        new CheckStat("a.crit", 1, 0, 2, 0, 100.0),
                        new CheckStat("a.high", 0, 1, 0, 1, 0.0),
                        new CheckStat("b.low", 1, 0, 1, 0, 100.0),
                        new CheckStat("b.medium", 1, 1, 1, 0, 50.0),
                        new CheckStat("c.info", 1, 1, 0, 0, 50.0));
        assertThat(scores.phases().get(Phase.DETECT)).isEqualTo(new Tally(1, 1, 2, 10, 6));
        assertThat(scores.phases().get(Phase.DETECT).score()).isEqualTo(62.5);
        assertThat(scores.phases().get(Phase.DETECT).coverage()).isEqualTo(50.0);
        assertThat(scores.questions().get(Question.WHAT).score()).isEqualTo(100.0);
        assertThat(scores.questions().get(Question.WHAT).coverage()).isCloseTo(100.0 * 4 / 7, within(1e-9));
    }

    @Test
    void calculateShouldWalkTheResultsOnce() {
        // given
        CountingSource source = SyntheticAudit.source(RESULTS);

        // when
        calculator.calculate(CATALOG, ORGANIZATION, source, List.of());

        // then
        assertThat(source.walks()).isEqualTo(1);
    }

    @Test
    void calculateWhenWeightsAreConfiguredShouldUseCheckThenSeverityWeights() {
        // given high checks weigh nothing and b.medium weighs 20
        ScoreCalculator configured =
                new ScoreCalculator(new AuditProperties.Scoring(Map.of("high", 0), Map.of("b.medium", 20), 0));

        // when
        Scores scores = calculate(configured);

        // then 111: passed 10 + 20, failed 0 + 0; its failed high check no longer blocks level 2 and 3
        assertThat(account(scores, "111111111111").score()).isEqualTo(100.0);
        assertThat(account(scores, "111111111111").level()).isEqualTo(3);
        assertThat(account(scores, "222222222222").score()).isCloseTo(100.0 * 1 / 21, within(1e-9));
    }

    @Test
    void calculateShouldCountAccountsNotAssessedAsAWhole() {
        // given
        List<NotAssessed> notAssessed = List.of(
                new NotAssessed("444444444444", "closed", "Root", "global", "Account state is SUSPENDED"),
                new NotAssessed("111111111111", "prod", "Root/Prod", "ap-east-1", "Region not enabled"));

        // when
        Scores scores = calculator.calculate(CATALOG, ORGANIZATION, SyntheticAudit.source(RESULTS), notAssessed);

        // then
        assertThat(scores.accountsNotAssessed()).isEqualTo(1);
        assertThat(scores.accounts()).hasSize(3);
    }

    @Test
    void calculateWhenNoResultsShouldHaveNoScore() {
        // when
        Scores scores = calculator.calculate(CATALOG, ORGANIZATION, SyntheticAudit.source(List.of()), List.of());

        // then
        assertThat(scores.organizationScore()).isNull();
        assertThat(scores.accounts()).isEmpty();
        assertThat(scores.count(Status.PASS)).isZero();
    }

    @Test
    void scoresShouldRoundTripThroughJson() throws Exception {
        // given
        Scores scores = calculate(calculator);

        // when
        String json = Json.mapper().writeValueAsString(scores);

        // then
        assertThat(Json.mapper().readValue(json, Scores.class)).isEqualTo(scores);
    }

    @Test
    void constructWhenSeverityWeightIsUnknownShouldFail() {
        // given
        AuditProperties.Scoring scoring = new AuditProperties.Scoring(Map.of("urgent", 5), Map.of("a.crit", -1), 0);

        // when / then
        assertThatThrownBy(() -> new ScoreCalculator(scoring))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("audit.scoring.severity-weights.URGENT: not a severity")
                .hasMessageContaining("audit.scoring.check-weights.a.crit: must be 0 or more");
    }

    private static Scores calculate(ScoreCalculator calculator) {
        return calculator.calculate(CATALOG, ORGANIZATION, SyntheticAudit.source(RESULTS), List.of());
    }

    private static AccountScore account(Scores scores, String id) {
        return scores.accounts().stream()
                .filter(a -> a.accountId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static OuScore ou(Scores scores, String path) {
        return scores.ous().stream()
                .filter(o -> o.ouPath().equals(path))
                .findFirst()
                .orElseThrow();
    }
}
