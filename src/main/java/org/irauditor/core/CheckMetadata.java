package org.irauditor.core;

import java.util.List;

/**
 * Everything the reports need to know about one check, loaded from {@code checks/*.yml} and validated at
 * start-up by {@link CheckCatalog}.
 *
 * @param id stable identifier such as {@code cloudtrail.region-coverage}; it joins class, metadata, tests,
 *     workbook rows and the ASFF {@code GeneratorId}
 * @param service the service shown in reports (CloudTrail, Config, ...)
 * @param level the maturity level (1 recorded, 2 visible, 3 investigable, 4 automated) this check belongs to
 * @param asffTypes finding types in the ASFF "Software and Configuration Checks" namespace
 * @param relatedRequirements Security Hub controls or CIS items this check maps to, may be empty
 */
public record CheckMetadata(
        String id,
        String title,
        String service,
        Scope scope,
        Severity severity,
        Phase phase,
        List<Question> questions,
        int level,
        String description,
        Remediation remediation,
        List<String> asffTypes,
        List<String> relatedRequirements) {

    public CheckMetadata {
        questions = questions == null ? List.of() : List.copyOf(questions);
        asffTypes = asffTypes == null ? List.of() : List.copyOf(asffTypes);
        relatedRequirements = relatedRequirements == null ? List.of() : List.copyOf(relatedRequirements);
    }
}
