package org.irauditor.cloudtrail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.irauditor.audit.AccountCheck;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.Verdict;

/**
 * Are the data events of one resource type recorded, reads and writes, for every resource, by the logging trails
 * that cover the account. Selectors narrowed to some resources (or some events) give a partial result: a FAIL that
 * names the scope.
 */
abstract class DataEventsCheck implements AccountCheck {

    @Override
    public List<Verdict> evaluate(AccountSnapshot account, OrganizationContext organization) {
        AccountTrails trails = AccountTrails.of(account, organization);
        if (trails.logging().isEmpty()) {
            return List.of(trails.noLoggingTrail());
        }
        List<Recorded> all = new ArrayList<>();
        List<String> scopes = new ArrayList<>();
        List<Trail> recording = new ArrayList<>();
        List<Trail> complete = new ArrayList<>();
        Trail unreadable = null;
        for (Trail trail : trails.logging()) {
            if (trail.selectors().isFailed()) {
                unreadable = unreadable == null ? trail : unreadable;
                continue;
            }
            List<Recorded> recorded = SelectorAnalysis.data(trail.selectors().value(), resourceType());
            if (!recorded.isEmpty()) {
                recording.add(trail);
                if (recorded.stream().anyMatch(Recorded::isComplete)) {
                    complete.add(trail);
                }
                all.addAll(recorded);
                recorded.forEach(r -> scopes.add(scope(trail, r)));
            }
        }
        if (SelectorAnalysis.complete(all)) {
            return List.of(Verdict.pass(events() + " for " + everything() + " (reads and writes) are recorded by "
                            + labels(complete))
                    .with("trails", arns(complete)));
        }
        if (unreadable != null) {
            return List.of(Verdict.unknown("The event selectors of " + Trails.label(unreadable) + " could not be read ("
                            + unreadable.selectors().error().describe() + ")")
                    .about(Trails.resource(unreadable))
                    .with("trail", unreadable.trailArn())
                    .with("errorCode", unreadable.selectors().error().code()));
        }
        if (scopes.isEmpty()) {
            return List.of(Verdict.fail("No logging trail records " + events()));
        }
        return List.of(Verdict.fail(events() + " are recorded only in part: " + String.join("; ", scopes))
                .with("trails", arns(recording)));
    }

    /** The data resource type, such as {@code AWS::S3::Object}. */
    abstract String resourceType();

    /** The events in messages, such as "S3 data events". */
    abstract String events();

    /** Every resource of the type in messages, such as "all buckets". */
    abstract String everything();

    private String scope(Trail trail, Recorded recorded) {
        String what = recorded.isComplete() ? everything() : String.join("; ", recorded.limits());
        return Trails.label(trail) + " records " + recorded.readWrite() + " for " + what;
    }

    private static String labels(List<Trail> trails) {
        return trails.stream().map(Trails::label).collect(Collectors.joining(", "));
    }

    private static String arns(List<Trail> trails) {
        return trails.stream().map(Trail::trailArn).collect(Collectors.joining(", "));
    }
}
