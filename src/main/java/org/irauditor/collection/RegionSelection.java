package org.irauditor.collection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.irauditor.audit.SkippedRegion;

/**
 * Which of an account's regions are audited: those enabled for the account (opted in, or not needing it) and
 * within the configured allow and deny lists. A region that is not enabled but would be in scope is listed once
 * as skipped; regions outside the configured scope are simply not part of the run.
 */
public final class RegionSelection {

    /** The reason shown for a region the account has not opted in to. */
    public static final String NOT_ENABLED = "region not enabled for the account";

    private final Set<String> allow;
    private final Set<String> deny;

    public RegionSelection(List<String> allow, List<String> deny) {
        this.allow = Set.copyOf(allow);
        this.deny = Set.copyOf(deny);
    }

    /** The region with its opt-in status, as DescribeRegions answers it. */
    public record RegionStatus(String name, String optInStatus) {

        boolean enabled() {
            return !"not-opted-in".equals(optInStatus);
        }
    }

    /** The audited regions and the skipped ones. */
    public record Selection(List<String> audited, List<SkippedRegion> skipped) {}

    public Selection select(List<RegionStatus> regions) {
        List<String> audited = new ArrayList<>();
        List<SkippedRegion> skipped = new ArrayList<>();
        regions.stream()
                .filter(r -> inScope(r.name()))
                .sorted(Comparator.comparing(RegionStatus::name))
                .forEach(r -> {
                    if (r.enabled()) {
                        audited.add(r.name());
                    } else {
                        skipped.add(new SkippedRegion(r.name(), NOT_ENABLED));
                    }
                });
        return new Selection(List.copyOf(audited), List.copyOf(skipped));
    }

    /** True when the settings include the region. */
    public boolean inScope(String region) {
        return !deny.contains(region) && (allow.isEmpty() || allow.contains(region));
    }
}
