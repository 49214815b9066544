package org.irauditor.job;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.irauditor.audit.Check;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RoleSessions;
import org.irauditor.awsconfig.ConfigCollector;
import org.irauditor.cloudtrail.CloudTrailCollector;
import org.irauditor.collection.AccountCollector;
import org.irauditor.collection.AwsAccountCollector;
import org.irauditor.collection.RegionSelection;
import org.irauditor.contact.ContactCollector;
import org.irauditor.detective.DetectiveCollector;
import org.irauditor.flowlogs.FlowLogsCollector;
import org.irauditor.guardduty.GuardDutyCollector;
import org.irauditor.incidentresponse.IncidentResponseCollector;
import org.irauditor.organization.AwsOrganizationSource;
import org.irauditor.organization.OrganizationSource;
import org.irauditor.routing.RoutingCollector;
import org.irauditor.sandbox.SandboxAccountCollector;
import org.irauditor.sandbox.SandboxOrganization;
import org.irauditor.sandbox.SandboxOrganizationSource;
import org.irauditor.sandbox.SandboxOrganizations;
import org.irauditor.securityhub.SecurityHubCollector;
import org.irauditor.settings.AuditProperties;
import org.irauditor.settings.AuditProperties.Mode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ResourceLoader;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * Chooses where the organization comes from ({@code audit.mode}): AWS through the runner's credentials and the
 * audit role, or the built-in sandbox. Everything after collection is the same in both modes.
 */
@Configuration(proxyBeanMethods = false)
public class AuditWiring {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Loaded and validated at start-up: an inconsistent catalogue stops the run before any AWS call. */
    @Bean
    CheckCatalog checkCatalog(List<Check> checks) {
        return CheckCatalog.load(checks);
    }

    @Bean
    RegionSelection regionSelection(AuditProperties properties) {
        return new RegionSelection(
                properties.regions().allow(), properties.regions().deny());
    }

    @Bean(destroyMethod = "close")
    @Lazy
    AwsClientFactory awsClientFactory(AuditProperties properties) {
        return new AwsClientFactory(properties.aws());
    }

    @Bean(destroyMethod = "close")
    @Lazy
    RoleSessions roleSessions(AwsClientFactory factory, AuditProperties properties) {
        return new RoleSessions(
                factory,
                properties.role(),
                properties.regions().home(),
                DefaultCredentialsProvider.builder().build());
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService regionExecutor(AuditProperties properties) {
        int threads =
                properties.parallelism().accounts() * properties.parallelism().regions();
        return Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable);
            thread.setName("region-" + thread.getId());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    @Lazy
    SandboxOrganization sandboxOrganization(AuditProperties properties, ResourceLoader resources) {
        AuditProperties.Sandbox settings = properties.sandbox();
        SandboxOrganization definition =
                SandboxOrganizations.read(SandboxOrganizations.resource(resources, settings.organization()));
        if (settings.generatedAccounts() > 0) {
            return SandboxOrganizations.generate(definition, settings.generatedAccounts(), settings.generatedRegions());
        }
        return definition;
    }

    @Bean
    OrganizationSource organizationSource(
            AuditProperties properties,
            ObjectProvider<SandboxOrganization> sandbox,
            ObjectProvider<RoleSessions> sessions,
            Clock clock) {
        if (properties.mode() == Mode.SANDBOX) {
            return new SandboxOrganizationSource(sandbox.getObject(), clock);
        }
        return () -> new AwsOrganizationSource(
                        sessions.getObject().runner(), properties.regions().home(), clock)
                .discover();
    }

    @Bean
    AccountCollector accountCollector(
            AuditProperties properties,
            ObjectProvider<SandboxOrganization> sandbox,
            ObjectProvider<RoleSessions> sessions,
            RegionSelection regions,
            AwsAccountCollector.ServiceCollectors collectors,
            ExecutorService regionExecutor,
            Clock clock) {
        if (properties.mode() == Mode.SANDBOX) {
            return new SandboxAccountCollector(
                    sandbox.getObject(), regions, properties.sandbox().delayPerAccount(), clock);
        }
        return (account, organization) -> new AwsAccountCollector(
                        sessions.getObject(), regions, collectors, regionExecutor, clock)
                .collect(account, organization);
    }

    @Bean
    AwsAccountCollector.ServiceCollectors serviceCollectors(
            CloudTrailCollector cloudTrail,
            ConfigCollector config,
            SecurityHubCollector securityHub,
            DetectiveCollector detective,
            GuardDutyCollector guardDuty,
            FlowLogsCollector flowLogs,
            RoutingCollector routing,
            ContactCollector contact,
            IncidentResponseCollector incidentResponse) {
        return new AwsAccountCollector.ServiceCollectors(
                cloudTrail, config, securityHub, detective, guardDuty, flowLogs, routing, contact, incidentResponse);
    }
}
