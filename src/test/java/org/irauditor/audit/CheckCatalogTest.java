package org.irauditor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.InvalidConfigurationException;
import org.irauditor.core.Phase;
import org.irauditor.core.Question;
import org.irauditor.core.Remediation;
import org.irauditor.core.Scope;
import org.irauditor.core.Severity;
import org.irauditor.core.Verdict;
import org.irauditor.testing.AllChecks;
import org.junit.jupiter.api.Test;

class CheckCatalogTest {

    @Test
    void loadWhenProductCatalogueShouldJoinEveryCheckToItsMetadata() {
        // when
        CheckCatalog catalog = AllChecks.catalog();

        // then every check of every scope is there, each with complete metadata
        assertThat(catalog.entries())
                .hasSize(catalog.regionalChecks().size()
                        + catalog.accountChecks().size()
                        + catalog.organizationChecks().size());
        assertThat(catalog.entries()).allSatisfy(entry -> {
            assertThat(entry.remediation().url()).startsWith("https://");
            assertThat(entry.asffTypes()).isNotEmpty();
        });
    }

    @Test
    void ofWhenCatalogueIsInconsistentShouldListEveryProblem() {
        // given metadata without a check, a check without metadata, a wrong scope and a bad entry
        List<CheckMetadata> entries = List.of(
                entry("demo.orphan", Scope.REGION, "https://example.com/orphan"),
                entry("demo.scoped", Scope.ORGANIZATION, "https://example.com/scoped"),
                entry("Demo Bad Id", Scope.REGION, "http://example.com/insecure"));
        List<Check> checks = List.of(regional("demo.scoped"), regional("demo.unlisted"));

        // when / then
        assertThatThrownBy(() -> CheckCatalog.of(entries, checks))
                .isInstanceOf(InvalidConfigurationException.class)
                .satisfies(e -> assertThat(((InvalidConfigurationException) e).problems())
                        .containsExactlyInAnyOrder(
                                "Demo Bad Id: id must look like service.check-name in lower case",
                                "Demo Bad Id: remediation.url must be an https link",
                                "demo.scoped: metadata says scope ORGANIZATION but DemoCheck is a REGION check",
                                "demo.unlisted: implemented by DemoCheck but has no metadata",
                                "demo.orphan: has metadata but no implementation",
                                "Demo Bad Id: has metadata but no implementation"));
    }

    @Test
    void ofWhenRemediationIsLongerThanSecurityHubKeepsShouldSaySo() {
        // given a remediation whose text and command exceed Recommendation.Text's 512 characters
        CheckMetadata entry = entry("demo.wordy", Scope.REGION, "https://example.com/wordy");
        CheckMetadata wordy = new CheckMetadata(
                entry.id(),
                entry.title(),
                entry.service(),
                entry.scope(),
                entry.severity(),
                entry.phase(),
                entry.questions(),
                entry.level(),
                entry.description(),
                new Remediation(
                        "x".repeat(400), "y".repeat(103), entry.remediation().url()),
                entry.asffTypes(),
                entry.relatedRequirements());

        // when / then
        assertThatThrownBy(() -> CheckCatalog.of(List.of(wordy), List.of(regional("demo.wordy"))))
                .satisfies(e -> assertThat(((InvalidConfigurationException) e).problems())
                        .containsExactly(
                                "demo.wordy: remediation text and command are 513 characters; Security Hub keeps 512"));
    }

    private static CheckMetadata entry(String id, Scope scope, String url) {
        return new CheckMetadata(
                id,
                "A demonstration check",
                "Demo",
                scope,
                Severity.LOW,
                Phase.DETECT,
                List.of(Question.WHAT),
                1,
                "Demonstrates the catalogue.",
                new Remediation("Fix it.", "aws demo fix", url),
                List.of("Software and Configuration Checks/AWS Security Best Practices"),
                List.of());
    }

    private static RegionalCheck regional(String id) {
        return new DemoCheck(id);
    }

    /** A regional check that always passes, for catalogue tests. */
    private record DemoCheck(String id) implements RegionalCheck {

        @Override
        public List<Verdict> evaluate(
                RegionSnapshot region, AccountSnapshot account, OrganizationContext organization) {
            return List.of(Verdict.pass("demo"));
        }
    }
}
