package org.irauditor.detective;

import java.util.ArrayList;
import java.util.List;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.Outcome;
import org.irauditor.detective.DetectiveSnapshot.Administrator;
import org.irauditor.detective.DetectiveSnapshot.Graph;
import org.irauditor.detective.DetectiveSnapshot.Graphs;
import org.irauditor.detective.DetectiveSnapshot.MemberDetail;
import org.irauditor.detective.DetectiveSnapshot.Members;
import org.irauditor.detective.DetectiveSnapshot.OrganizationAdmins;
import org.irauditor.detective.DetectiveSnapshot.OrganizationConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.detective.DetectiveClient;

/**
 * Collects Amazon Detective in one region of one account. Member lists and the organization configuration are
 * read only where the account administers Detective: a member account's own (empty) graph list says nothing
 * about its membership.
 */
@Component
public class DetectiveCollector {

    private static final Logger log = LoggerFactory.getLogger(DetectiveCollector.class);

    public DetectiveSnapshot collect(RegionScope scope) {
        DetectiveClient client = scope.session().detective(scope.region());
        Outcome<Graphs> graphs = scope.call("ListGraphs", () -> graphs(client));
        log.debug(
                "Detective graphs read account={} region={} graphs={}",
                scope.accountId(),
                scope.region(),
                graphs.isOk() ? graphs.value().graphList().size() : "unknown");
        return scope.administers(DetectiveSnapshot.SERVICE_PRINCIPAL)
                ? collectAdministrator(scope, client, graphs)
                : new DetectiveSnapshot(graphs, null, null, null);
    }

    /** Detective has at most one graph per account and region, so the first graph carries the configuration. */
    private static DetectiveSnapshot collectAdministrator(
            RegionScope scope, DetectiveClient client, Outcome<Graphs> graphs) {
        List<String> graphArns = graphs.asOptional()
                .map(g -> g.graphList().stream().map(Graph::arn).toList())
                .orElse(List.of());
        Outcome<Members> members = graphs.isOk() ? scope.call("ListMembers", () -> members(client, graphArns)) : null;
        Outcome<OrganizationConfiguration> configuration = graphArns.isEmpty()
                ? null
                : scope.call(
                        "DescribeOrganizationConfiguration", () -> organizationConfiguration(client, graphArns.get(0)));
        Outcome<OrganizationAdmins> admins =
                scope.call("ListOrganizationAdminAccounts", () -> organizationAdmins(client));
        return new DetectiveSnapshot(graphs, members, configuration, admins);
    }

    private static Graphs graphs(DetectiveClient client) {
        List<Graph> graphs = new ArrayList<>();
        client.listGraphsPaginator(r -> {})
                .forEach(page -> page.graphList().forEach(g -> graphs.add(new Graph(g.arn(), g.createdTime()))));
        return new Graphs(graphs);
    }

    private static Members members(DetectiveClient client, List<String> graphArns) {
        List<MemberDetail> members = new ArrayList<>();
        for (String graphArn : graphArns) {
            client.listMembersPaginator(r -> r.graphArn(graphArn))
                    .forEach(page -> page.memberDetails().forEach(m -> members.add(member(m))));
        }
        return new Members(members);
    }

    private static MemberDetail member(software.amazon.awssdk.services.detective.model.MemberDetail member) {
        return new MemberDetail(
                member.accountId(),
                member.administratorId(),
                member.graphArn(),
                member.statusAsString(),
                member.disabledReasonAsString(),
                member.invitationTypeAsString(),
                member.updatedTime());
    }

    private static OrganizationConfiguration organizationConfiguration(DetectiveClient client, String graphArn) {
        return new OrganizationConfiguration(client.describeOrganizationConfiguration(r -> r.graphArn(graphArn))
                .autoEnable());
    }

    private static OrganizationAdmins organizationAdmins(DetectiveClient client) {
        List<Administrator> admins = new ArrayList<>();
        client.listOrganizationAdminAccountsPaginator(r -> {})
                .forEach(page -> page.administrators()
                        .forEach(a -> admins.add(new Administrator(a.accountId(), a.graphArn(), a.delegationTime()))));
        return new OrganizationAdmins(admins);
    }
}
