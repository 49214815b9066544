package org.irauditor.cloudtrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.irauditor.cloudtrail.EventSelectors.AdvancedEventSelector;
import org.irauditor.cloudtrail.EventSelectors.DataResource;
import org.irauditor.cloudtrail.EventSelectors.EventSelector;
import org.irauditor.cloudtrail.EventSelectors.FieldSelector;

/**
 * Reads classic and advanced event selectors alike: what each selector records of management events or of one
 * data resource type. Selectors add up; the field selectors of one advanced selector all apply.
 */
final class SelectorAnalysis {

    static final String S3_OBJECT = "AWS::S3::Object";
    static final String LAMBDA_FUNCTION = "AWS::Lambda::Function";

    /**
     * Data resource values that mean every resource of the type, in any partition ({@code arn:aws:s3:::},
     * {@code arn:aws-us-gov:s3}, {@code arn:aws:lambda}).
     */
    private static final Pattern ALL_RESOURCES = Pattern.compile("arn:aws(-[a-z]+)*:(s3|lambda)(:(::)?)?");

    private static final String EVENT_CATEGORY = "eventCategory";
    private static final String RESOURCES_TYPE = "resources.type";
    private static final String READ_ONLY = "readOnly";
    private static final String RESOURCES_ARN = "resources.ARN";

    private SelectorAnalysis() {}

    /** What each selector records of management events. */
    static List<Recorded> management(EventSelectors selectors) {
        List<Recorded> recorded = new ArrayList<>();
        for (EventSelector selector : selectors.eventSelectors()) {
            if (!Boolean.FALSE.equals(selector.includeManagementEvents())) {
                List<String> limits = selector.excludeManagementEventSources().isEmpty()
                        ? List.of()
                        : List.of("excludes " + String.join(", ", selector.excludeManagementEventSources()));
                recorded.add(classic(selector.readWriteType(), limits));
            }
        }
        for (AdvancedEventSelector selector : selectors.advancedEventSelectors()) {
            if (hasCategory(selector, "Management")) {
                recorded.add(advanced(selector, List.of(EVENT_CATEGORY, READ_ONLY)));
            }
        }
        return recorded.stream().filter(r -> !r.isNothing()).toList();
    }

    /** What each selector records of data events of one resource type, such as {@code AWS::S3::Object}. */
    static List<Recorded> data(EventSelectors selectors, String resourceType) {
        List<Recorded> recorded = new ArrayList<>();
        for (EventSelector selector : selectors.eventSelectors()) {
            selector.dataResources().stream()
                    .filter(d -> resourceType.equals(d.type()) && !d.values().isEmpty())
                    .map(d -> classic(selector.readWriteType(), dataLimits(d)))
                    .forEach(recorded::add);
        }
        for (AdvancedEventSelector selector : selectors.advancedEventSelectors()) {
            if (hasCategory(selector, "Data") && hasType(selector, resourceType)) {
                recorded.add(advanced(selector, List.of(EVENT_CATEGORY, READ_ONLY, RESOURCES_TYPE)));
            }
        }
        return recorded.stream().filter(r -> !r.isNothing()).toList();
    }

    /** True when some selector records reads completely and some selector records writes completely. */
    static boolean complete(List<Recorded> recorded) {
        return recorded.stream().anyMatch(r -> r.reads() && r.isComplete())
                && recorded.stream().anyMatch(r -> r.writes() && r.isComplete());
    }

    private static Recorded classic(String readWriteType, List<String> limits) {
        String type = readWriteType == null ? "All" : readWriteType;
        return new Recorded(!"WriteOnly".equals(type), !"ReadOnly".equals(type), limits);
    }

    private static List<String> dataLimits(DataResource resource) {
        if (resource.values().stream().anyMatch(v -> ALL_RESOURCES.matcher(v).matches())) {
            return List.of();
        }
        return List.of("resources " + String.join(", ", resource.values()));
    }

    private static Recorded advanced(AdvancedEventSelector selector, List<String> understood) {
        boolean reads = true;
        boolean writes = true;
        Optional<FieldSelector> readOnly = field(selector, READ_ONLY);
        if (readOnly.isPresent()) {
            reads = matches(readOnly.get(), "true");
            writes = matches(readOnly.get(), "false");
        }
        List<String> limits = selector.fieldSelectors().stream()
                .filter(f -> !understood.contains(f.field()) && !coversAllResources(f))
                .map(SelectorAnalysis::describe)
                .toList();
        return new Recorded(reads, writes, limits);
    }

    private static boolean hasCategory(AdvancedEventSelector selector, String category) {
        return field(selector, EVENT_CATEGORY).map(f -> matches(f, category)).orElse(false);
    }

    /** An advanced data selector without {@code resources.type} is not accepted by AWS; it matches no type. */
    private static boolean hasType(AdvancedEventSelector selector, String resourceType) {
        return field(selector, RESOURCES_TYPE)
                .map(f -> matches(f, resourceType))
                .orElse(false);
    }

    private static Optional<FieldSelector> field(AdvancedEventSelector selector, String name) {
        return selector.fieldSelectors().stream()
                .filter(f -> name.equals(f.field()))
                .findFirst();
    }

    /** Whether the field selector lets a value through (all its operators apply). */
    private static boolean matches(FieldSelector f, String value) {
        return (f.equalTo().isEmpty() || f.equalTo().contains(value))
                && (f.startsWith().isEmpty() || f.startsWith().stream().anyMatch(value::startsWith))
                && (f.endsWith().isEmpty() || f.endsWith().stream().anyMatch(value::endsWith))
                && !f.notEquals().contains(value)
                && f.notStartsWith().stream().noneMatch(value::startsWith)
                && f.notEndsWith().stream().noneMatch(value::endsWith);
    }

    /** {@code resources.ARN StartsWith arn:aws:s3:::} and the like select every resource. */
    private static boolean coversAllResources(FieldSelector f) {
        return RESOURCES_ARN.equals(f.field())
                && !f.startsWith().isEmpty()
                && f.startsWith().stream()
                        .allMatch(v -> ALL_RESOURCES.matcher(v).matches())
                && f.equalTo().isEmpty()
                && f.endsWith().isEmpty()
                && f.notEquals().isEmpty()
                && f.notStartsWith().isEmpty()
                && f.notEndsWith().isEmpty();
    }

    private static String describe(FieldSelector f) {
        List<String> parts = new ArrayList<>();
        addOperator(parts, f.field(), "Equals", f.equalTo());
        addOperator(parts, f.field(), "StartsWith", f.startsWith());
        addOperator(parts, f.field(), "EndsWith", f.endsWith());
        addOperator(parts, f.field(), "NotEquals", f.notEquals());
        addOperator(parts, f.field(), "NotStartsWith", f.notStartsWith());
        addOperator(parts, f.field(), "NotEndsWith", f.notEndsWith());
        return String.join(" and ", parts);
    }

    private static void addOperator(List<String> parts, String field, String operator, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(field + " " + operator + " " + String.join(", ", values));
        }
    }
}
