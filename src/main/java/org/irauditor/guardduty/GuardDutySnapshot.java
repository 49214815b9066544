package org.irauditor.guardduty;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import org.irauditor.core.Outcome;

/**
 * GuardDuty in one region of one account: the detector with its status and protection plans, the account's
 * administrator and, in the organization's administrator only, its member list and organization configuration.
 * Nested records carry the GuardDuty REST names (lowerCamelCase) so fixtures read like real responses.
 *
 * @param detectorIds ListDetectors; GuardDuty allows at most one detector per account and region
 * @param detector GetDetector of that detector, or {@code null} when the region has none
 * @param administrator GetAdministratorAccount; a value without {@code administrator} means the account has no
 *     administrator, {@code null} when there is no detector to ask about
 * @param members ListMembers (all members, associated or not); {@code null} where not collected: outside the
 *     administrator account or without a detector
 * @param organizationConfiguration DescribeOrganizationConfiguration; {@code null} where not collected
 */
public record GuardDutySnapshot(
        Outcome<List<String>> detectorIds,
        Outcome<Detector> detector,
        Outcome<AdministratorAccount> administrator,
        Outcome<List<Member>> members,
        Outcome<OrganizationConfiguration> organizationConfiguration) {

    /** Detector status of an active detector. */
    public static final String ENABLED = "ENABLED";

    /** The region's detector id, when ListDetectors answered and found one. */
    public Optional<String> detectorId() {
        if (detectorIds == null || detectorIds.isFailed() || detectorIds.value() == null) {
            return Optional.empty();
        }
        return detectorIds.value().stream().sorted().findFirst();
    }

    /** GetDetector: {@code status} is ENABLED or DISABLED (suspended). */
    public record Detector(String status, List<Feature> features, DataSources dataSources) {

        public Detector {
            features = features == null ? List.of() : List.copyOf(features);
        }

        @JsonIgnore
        public boolean isEnabled() {
            return ENABLED.equalsIgnoreCase(status);
        }
    }

    /** One protection plan of a detector ({@code DetectorFeatureConfigurationResult}). */
    public record Feature(String name, String status, List<AdditionalConfiguration> additionalConfiguration) {

        public Feature {
            additionalConfiguration =
                    additionalConfiguration == null ? List.of() : List.copyOf(additionalConfiguration);
        }

        @JsonIgnore
        public boolean isEnabled() {
            return ENABLED.equalsIgnoreCase(status);
        }
    }

    /** A sub-setting of a protection plan, such as EKS_ADDON_MANAGEMENT. */
    public record AdditionalConfiguration(String name, String status) {}

    /** The deprecated {@code dataSources} block, kept as evidence only: it does not describe newer plans. */
    public record DataSources(SourceStatus s3Logs, Kubernetes kubernetes) {}

    /** {@code dataSources.kubernetes}. */
    public record Kubernetes(SourceStatus auditLogs) {}

    /** A data source's {@code status}. */
    public record SourceStatus(String status) {}

    /** GetAdministratorAccount. */
    public record AdministratorAccount(Administrator administrator) {}

    /** The account that manages this one, with its {@code relationshipStatus} (Enabled when managed). */
    public record Administrator(String accountId, String relationshipStatus) {}

    /** One member of an administrator's ListMembers. */
    public record Member(String accountId, String relationshipStatus, String detectorId) {

        @JsonIgnore
        public boolean isEnabled() {
            return "Enabled".equalsIgnoreCase(relationshipStatus);
        }
    }

    /**
     * DescribeOrganizationConfiguration of the administrator.
     *
     * @param autoEnableOrganizationMembers NEW, ALL or NONE
     * @param autoEnable the deprecated flag that preceded {@code autoEnableOrganizationMembers}
     */
    public record OrganizationConfiguration(
            String autoEnableOrganizationMembers, Boolean autoEnable, List<OrganizationFeature> features) {

        public OrganizationConfiguration {
            features = features == null ? List.of() : List.copyOf(features);
        }
    }

    /** A protection plan's organization setting: {@code autoEnable} is NEW, ALL or NONE. */
    public record OrganizationFeature(String name, String autoEnable) {}
}
