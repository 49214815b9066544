package org.irauditor.guardduty;

import java.util.ArrayList;
import java.util.List;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.Outcome;
import org.irauditor.guardduty.GuardDutySnapshot.AdditionalConfiguration;
import org.irauditor.guardduty.GuardDutySnapshot.Administrator;
import org.irauditor.guardduty.GuardDutySnapshot.AdministratorAccount;
import org.irauditor.guardduty.GuardDutySnapshot.DataSources;
import org.irauditor.guardduty.GuardDutySnapshot.Detector;
import org.irauditor.guardduty.GuardDutySnapshot.Feature;
import org.irauditor.guardduty.GuardDutySnapshot.Kubernetes;
import org.irauditor.guardduty.GuardDutySnapshot.Member;
import org.irauditor.guardduty.GuardDutySnapshot.OrganizationConfiguration;
import org.irauditor.guardduty.GuardDutySnapshot.OrganizationFeature;
import org.irauditor.guardduty.GuardDutySnapshot.SourceStatus;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.DataSourceConfigurationsResult;
import software.amazon.awssdk.services.guardduty.model.DescribeOrganizationConfigurationResponse;
import software.amazon.awssdk.services.guardduty.model.DetectorFeatureConfigurationResult;
import software.amazon.awssdk.services.guardduty.model.GetAdministratorAccountResponse;
import software.amazon.awssdk.services.guardduty.model.GetDetectorResponse;

/** Collects the GuardDuty state of one region of one account. */
@Component
public class GuardDutyCollector {

    /** The service principal under which an organization registers GuardDuty's delegated administrator. */
    public static final String PRINCIPAL = "guardduty.amazonaws.com";

    public GuardDutySnapshot collect(RegionScope scope) {
        GuardDutyClient client = scope.session().guardDuty(scope.region());
        Outcome<List<String>> detectorIds = scope.call(
                "ListDetectors",
                () -> client.listDetectorsPaginator().detectorIds().stream().toList());
        GuardDutySnapshot listed = new GuardDutySnapshot(detectorIds, null, null, null, null);
        return listed.detectorId()
                .map(id -> collectDetector(scope, client, detectorIds, id))
                .orElse(listed);
    }

    private static GuardDutySnapshot collectDetector(
            RegionScope scope, GuardDutyClient client, Outcome<List<String>> detectorIds, String detectorId) {
        Outcome<Detector> detector =
                scope.call("GetDetector", () -> detector(client.getDetector(r -> r.detectorId(detectorId))));
        Outcome<AdministratorAccount> administrator = scope.call(
                "GetAdministratorAccount",
                () -> administrator(client.getAdministratorAccount(r -> r.detectorId(detectorId))));
        if (!scope.administers(PRINCIPAL)) {
            return new GuardDutySnapshot(detectorIds, detector, administrator, null, null);
        }
        Outcome<List<Member>> members = scope.call("ListMembers", () -> members(client, detectorId));
        Outcome<OrganizationConfiguration> configuration =
                scope.call("DescribeOrganizationConfiguration", () -> organizationConfiguration(client, detectorId));
        return new GuardDutySnapshot(detectorIds, detector, administrator, members, configuration);
    }

    /** Every member, associated or not, so that a disassociated member shows with its status. */
    private static List<Member> members(GuardDutyClient client, String detectorId) {
        return client.listMembersPaginator(r -> r.detectorId(detectorId).onlyAssociated("false")).members().stream()
                .map(m -> new Member(m.accountId(), m.relationshipStatus(), m.detectorId()))
                .toList();
    }

    private static Detector detector(GetDetectorResponse response) {
        List<Feature> features =
                response.features().stream().map(GuardDutyCollector::feature).toList();
        return new Detector(response.statusAsString(), features, dataSources(response.dataSources()));
    }

    private static Feature feature(DetectorFeatureConfigurationResult feature) {
        List<AdditionalConfiguration> additional = feature.additionalConfiguration().stream()
                .map(a -> new AdditionalConfiguration(a.nameAsString(), a.statusAsString()))
                .toList();
        return new Feature(feature.nameAsString(), feature.statusAsString(), additional);
    }

    private static DataSources dataSources(DataSourceConfigurationsResult sources) {
        if (sources == null) {
            return null;
        }
        SourceStatus s3 = sources.s3Logs() == null
                ? null
                : new SourceStatus(sources.s3Logs().statusAsString());
        Kubernetes kubernetes =
                sources.kubernetes() == null || sources.kubernetes().auditLogs() == null
                        ? null
                        : new Kubernetes(new SourceStatus(
                                sources.kubernetes().auditLogs().statusAsString()));
        return new DataSources(s3, kubernetes);
    }

    private static AdministratorAccount administrator(GetAdministratorAccountResponse response) {
        if (response.administrator() == null) {
            return new AdministratorAccount(null);
        }
        return new AdministratorAccount(new Administrator(
                response.administrator().accountId(), response.administrator().relationshipStatus()));
    }

    /** The response pages only the feature list; the account-level settings repeat on every page. */
    private static OrganizationConfiguration organizationConfiguration(GuardDutyClient client, String detectorId) {
        String autoEnableMembers = null;
        Boolean autoEnable = null;
        List<OrganizationFeature> features = new ArrayList<>();
        for (DescribeOrganizationConfigurationResponse page :
                client.describeOrganizationConfigurationPaginator(r -> r.detectorId(detectorId))) {
            autoEnableMembers = page.autoEnableOrganizationMembersAsString();
            autoEnable = page.autoEnable();
            page.features().stream()
                    .map(f -> new OrganizationFeature(f.nameAsString(), f.autoEnableAsString()))
                    .forEach(features::add);
        }
        return new OrganizationConfiguration(autoEnableMembers, autoEnable, features);
    }
}
