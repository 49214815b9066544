package org.irauditor.cloudtrail;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A {@code GetEventSelectors} answer: a trail uses classic or advanced selectors. */
public record EventSelectors(
        @JsonProperty("EventSelectors") List<EventSelector> eventSelectors,
        @JsonProperty("AdvancedEventSelectors") List<AdvancedEventSelector> advancedEventSelectors) {

    public EventSelectors {
        eventSelectors = eventSelectors == null ? List.of() : List.copyOf(eventSelectors);
        advancedEventSelectors = advancedEventSelectors == null ? List.of() : List.copyOf(advancedEventSelectors);
    }

    /** A classic event selector. */
    public record EventSelector(
            @JsonProperty("ReadWriteType") String readWriteType,
            @JsonProperty("IncludeManagementEvents") Boolean includeManagementEvents,
            @JsonProperty("DataResources") List<DataResource> dataResources,
            @JsonProperty("ExcludeManagementEventSources") List<String> excludeManagementEventSources) {

        public EventSelector {
            dataResources = dataResources == null ? List.of() : List.copyOf(dataResources);
            excludeManagementEventSources =
                    excludeManagementEventSources == null ? List.of() : List.copyOf(excludeManagementEventSources);
        }
    }

    /** The data resources of a classic selector, such as {@code AWS::S3::Object} with ARN prefixes. */
    public record DataResource(
            @JsonProperty("Type") String type,
            @JsonProperty("Values") List<String> values) {

        public DataResource {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /** An advanced event selector: its field selectors all apply (AND); selectors add up (OR). */
    public record AdvancedEventSelector(
            @JsonProperty("Name") String name,
            @JsonProperty("FieldSelectors") List<FieldSelector> fieldSelectors) {

        public AdvancedEventSelector {
            fieldSelectors = fieldSelectors == null ? List.of() : List.copyOf(fieldSelectors);
        }
    }

    /** One condition of an advanced selector on one field. */
    public record FieldSelector(
            @JsonProperty("Field") String field,
            @JsonProperty("Equals") List<String> equalTo,
            @JsonProperty("StartsWith") List<String> startsWith,
            @JsonProperty("EndsWith") List<String> endsWith,
            @JsonProperty("NotEquals") List<String> notEquals,
            @JsonProperty("NotStartsWith") List<String> notStartsWith,
            @JsonProperty("NotEndsWith") List<String> notEndsWith) {

        public FieldSelector {
            equalTo = equalTo == null ? List.of() : List.copyOf(equalTo);
            startsWith = startsWith == null ? List.of() : List.copyOf(startsWith);
            endsWith = endsWith == null ? List.of() : List.copyOf(endsWith);
            notEquals = notEquals == null ? List.of() : List.copyOf(notEquals);
            notStartsWith = notStartsWith == null ? List.of() : List.copyOf(notStartsWith);
            notEndsWith = notEndsWith == null ? List.of() : List.copyOf(notEndsWith);
        }
    }
}
