package org.irauditor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.irauditor.core.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/** A sandbox definition that is inconsistent stops the run with every problem named by account and field. */
class SandboxValidationTest {

    private static final String HEADER = """
            managementAccountId: "111122223333"
            regions: [us-east-1, eu-west-1]
            delegatedAdmins: {guardduty.amazonaws.com: "777788889999"}
            """;

    private static final String MANAGEMENT = "  - {id: \"111122223333\", name: management}\n";

    private static final String SECURITY =
            "  - {id: \"777788889999\", name: security, traits: {guardduty: administrator}}\n";

    @TempDir
    Path directory;

    @Test
    void readWhenDefinitionIsConsistentShouldLoadIt() throws IOException {
        // given
        Path file = write(HEADER + "accounts:\n" + MANAGEMENT + SECURITY);

        // when
        SandboxOrganization organization = SandboxOrganizations.read(new FileSystemResource(file));

        // then
        assertThat(organization.accounts())
                .extracting(SandboxAccount::id)
                .containsExactly("111122223333", "777788889999");
    }

    @Test
    void readWhenTraitValueIsUnknownShouldNameAccountAndService() throws IOException {
        assertThat(problems(HEADER + "accounts:\n" + MANAGEMENT + SECURITY
                        + "  - {id: \"444455556666\", name: web, traits: {guardduty: banana}}\n"))
                .containsExactly(
                        "account 444455556666: guardduty trait 'banana' is not one of [administrator, missing, ready,"
                                + " suspended]");
    }

    @Test
    void readWhenConfigTraitIsMisspelledShouldListConfigValues() throws IOException {
        assertThat(problems(HEADER + "accounts:\n" + MANAGEMENT + SECURITY
                        + "  - {id: \"123412341234\", name: typo, traits: {config: stoped}}\n"))
                .containsExactly("account 123412341234: config trait 'stoped' is not one of"
                        + " [aggregator, exclusions, missing, ready, stopped]");
    }

    @Test
    void readWhenTraitKeyIsNotAServiceShouldListTheKeys() throws IOException {
        assertThat(problems(HEADER + "accounts:\n" + MANAGEMENT + SECURITY
                        + "  - {id: \"444455556666\", name: web, traits: {gaurdduty: ready}}\n"))
                .containsExactly("account 444455556666: trait 'gaurdduty' is not a service; use one of [aggregation,"
                        + " cloudtrail, config, contact, detective, flowlogs, guardduty, incidentresponse, routing,"
                        + " securityhub]");
    }

    @Test
    void readWhenIdIsUsedTwiceShouldReportItOnce() throws IOException {
        assertThat(problems(HEADER + "accounts:\n" + MANAGEMENT + SECURITY
                        + "  - {id: \"444455556666\", name: web}\n"
                        + "  - {id: \"444455556666\", name: web-copy}\n"))
                .containsExactly("account 444455556666: id is used by 2 accounts");
    }

    @Test
    void readWhenIdIsNotTwelveDigitsShouldSaySo() throws IOException {
        assertThat(problems(HEADER + "accounts:\n" + MANAGEMENT + SECURITY + "  - {id: \"22222\", name: short}\n"))
                .containsExactly("account 22222: id is not 12 digits");
    }

    @Test
    void readWhenIdIsMissingShouldNameTheAccountByPosition() throws IOException {
        assertThat(problems(HEADER + "accounts:\n" + MANAGEMENT + SECURITY + "  - {name: nameless}\n"))
                .containsExactly("accounts[2]: id is missing");
    }

    @Test
    void readWhenThereIsNoAccountShouldSaySo() throws IOException {
        assertThat(problems(HEADER.replace("delegatedAdmins: {guardduty.amazonaws.com: \"777788889999\"}\n", "")
                        + "accounts: []\n"))
                .containsExactly(
                        "accounts: at least one account is required",
                        "managementAccountId 111122223333 is not one of the accounts");
    }

    @Test
    void readWhenManagementAccountIsNotAnAccountShouldSaySo() throws IOException {
        assertThat(problems(HEADER + "accounts:\n" + SECURITY))
                .containsExactly("managementAccountId 111122223333 is not one of the accounts");
    }

    @Test
    void readWhenManagementAccountIdIsMissingShouldSaySo() throws IOException {
        assertThat(problems(HEADER.replace("managementAccountId: \"111122223333\"\n", "") + "accounts:\n" + MANAGEMENT
                        + SECURITY))
                .containsExactly("managementAccountId is missing");
    }

    @Test
    void readWhenManagementAccountIdIsNotTwelveDigitsShouldSaySo() throws IOException {
        assertThat(problems(HEADER.replace("111122223333", "1111") + "accounts:\n" + MANAGEMENT + SECURITY))
                .containsExactly("managementAccountId '1111' is not 12 digits");
    }

    @Test
    void readWhenDelegatedAdminIsNotAnAccountShouldNameThePrincipal() throws IOException {
        assertThat(problems(HEADER.replace("777788889999", "999999999999") + "accounts:\n" + MANAGEMENT + SECURITY))
                .containsExactly(
                        "delegatedAdmins: guardduty.amazonaws.com names 999999999999, which is not one of the accounts");
    }

    @Test
    void readWhenStateIsUnknownShouldListTheStates() throws IOException {
        assertThat(problems(HEADER + "accounts:\n" + MANAGEMENT + SECURITY
                        + "  - {id: \"444455556666\", name: web, state: OPEN}\n"))
                .containsExactly("account 444455556666: state 'OPEN' is not one of [ACTIVE, SUSPENDED,"
                        + " PENDING_CLOSURE, CLOSED]");
    }

    @Test
    void readWhenRegionIsNotARegionNameShouldSaySo() throws IOException {
        assertThat(problems(HEADER.replace("eu-west-1", "Ireland") + "accounts:\n" + MANAGEMENT + SECURITY))
                .containsExactly("regions: 'Ireland' is not a region name");
    }

    @Test
    void readWhenHomeRegionIsNotARegionNameShouldSaySo() throws IOException {
        assertThat(problems("homeRegion: virginia\n" + HEADER + "accounts:\n" + MANAGEMENT + SECURITY))
                .containsExactly("homeRegion 'virginia' is not a region name");
    }

    @Test
    void readWhenDisabledRegionIsNotARegionNameShouldNameTheAccount() throws IOException {
        assertThat(problems(HEADER + "accounts:\n" + MANAGEMENT + SECURITY
                        + "  - {id: \"444455556666\", name: web, disabledRegions: [eu_central_1]}\n"))
                .containsExactly("account 444455556666: disabledRegions 'eu_central_1' is not a region name");
    }

    @Test
    void readWhenSeveralRulesAreBrokenShouldListEveryProblem() throws IOException {
        assertThat(problems(HEADER + "accounts:\n" + MANAGEMENT + SECURITY
                        + "  - {id: \"22222\", name: short, traits: {guardduty: banana}}\n"
                        + "  - {name: nameless, state: GONE}\n"))
                .containsExactly(
                        "account 22222: id is not 12 digits",
                        "account 22222: guardduty trait 'banana' is not one of [administrator, missing, ready,"
                                + " suspended]",
                        "accounts[3]: id is missing",
                        "accounts[3]: state 'GONE' is not one of [ACTIVE, SUSPENDED, PENDING_CLOSURE, CLOSED]");
    }

    @Test
    void readWhenProblemIsFoundShouldNameTheFile() throws IOException {
        // given
        Path file = write(HEADER + "accounts:\n" + SECURITY);

        // when / then
        assertThatThrownBy(() -> SandboxOrganizations.read(new FileSystemResource(file)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("The sandbox organization file [" + file + "] is invalid:");
    }

    @Test
    void readWhenTraitIsMissingShouldTreatItAsReady() throws IOException {
        // given
        Path file = write(HEADER + "accounts:\n" + MANAGEMENT + SECURITY + "  - {id: \"444455556666\", name: web}\n");

        // when
        SandboxOrganization organization = SandboxOrganizations.read(new FileSystemResource(file));

        // then
        assertThat(organization.account("444455556666").orElseThrow().trait("guardduty"))
                .isEqualTo(SandboxAccount.READY);
    }

    @Test
    void readWhenDefinitionIsTheBuiltInOneShouldValidate() {
        // when
        SandboxOrganization organization = SandboxOrganizations.read(new ClassPathResource("sandbox/organization.yml"));

        // then
        assertThat(SandboxValidation.problems(organization)).isEmpty();
        assertThat(organization.accounts()).hasSize(9);
    }

    @Test
    void generateWhenFiftyAccountsAreAskedShouldValidate() {
        // given
        SandboxOrganization definition = SandboxOrganizations.read(new ClassPathResource("sandbox/organization.yml"));

        // when
        SandboxOrganization generated = SandboxOrganizations.generate(
                definition, 50, List.of("us-east-1", "eu-west-1", "ap-southeast-2", "us-gov-west-1"));

        // then
        assertThat(generated.accounts()).hasSize(50);
        assertThat(SandboxValidation.problems(generated)).isEmpty();
    }

    @Test
    void generateWhenRegionsAreNotRegionNamesShouldStop() {
        // given
        SandboxOrganization definition = SandboxOrganizations.read(new ClassPathResource("sandbox/organization.yml"));

        // when / then
        assertThatThrownBy(() -> SandboxOrganizations.generate(definition, 20, List.of("us-east-1", "mars")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("The generated sandbox organization is invalid:\n  - regions: 'mars' is not a region name");
    }

    private List<String> problems(String yaml) throws IOException {
        Path file = write(yaml);
        try {
            SandboxOrganizations.read(new FileSystemResource(file));
        } catch (InvalidConfigurationException e) {
            return e.problems();
        }
        return List.of();
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(directory.resolve("organization.yml"), yaml);
    }
}
