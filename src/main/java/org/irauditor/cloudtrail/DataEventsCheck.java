package org.irauditor.cloudtrail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        return List.of(judge(trails.logging()));
    }

    private Verdict judge(List<Trail> logging) {
        Map<Trail, List<Recorded>> byTrail = recordedByTrail(logging);
        List<Recorded> all = byTrail.values().stream().flatMap(List::stream).toList();
        if (SelectorAnalysis.complete(all)) {
            List<Trail> complete = byTrail.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(Recorded::isComplete))
                    .map(Map.Entry::getKey)
                    .toList();
            return Verdict.pass(events() + " for " + everything() + " (reads and writes) are recorded by "
                            + labels(complete))
                    .with("trails", arns(complete));
        }
        Optional<Trail> unreadable =
                logging.stream().filter(t -> t.selectors().isFailed()).findFirst();
        if (unreadable.isPresent()) {
            return Trails.selectorsUnreadable(unreadable.get());
        }
        if (byTrail.isEmpty()) {
            return Verdict.fail("No logging trail records " + events());
        }
        List<String> scopes = new ArrayList<>();
        byTrail.forEach((trail, recorded) -> recorded.forEach(r -> scopes.add(scope(trail, r))));
        return Verdict.fail(events() + " are recorded only in part: " + String.join("; ", scopes))
                .with("trails", arns(List.copyOf(byTrail.keySet())));
    }

    /** What each trail with readable selectors records of this resource type; trails recording none left out. */
    private Map<Trail, List<Recorded>> recordedByTrail(List<Trail> logging) {
        Map<Trail, List<Recorded>> byTrail = new LinkedHashMap<>();
        for (Trail trail : logging) {
            if (trail.selectors().isOk()) {
                List<Recorded> recorded =
                        SelectorAnalysis.data(trail.selectors().value(), resourceType());
                if (!recorded.isEmpty()) {
                    byTrail.put(trail, recorded);
                }
            }
        }
        return byTrail;
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
