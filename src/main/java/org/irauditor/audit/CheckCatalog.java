package org.irauditor.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.InvalidConfigurationException;
import org.irauditor.core.Scope;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The check catalogue: the metadata of every check, read from {@code checks/*.yml} and joined with the check
 * implementations. Anything inconsistent stops the run at start-up with every problem listed.
 */
public final class CheckCatalog {

    /** Where the metadata files live on the class path. */
    public static final String LOCATION = "classpath*:checks/*.yml";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    private static final String ASFF_NAMESPACE = "Software and Configuration Checks/";
    /** Security Hub's limit on a finding's Title (AwsSecurityFinding.Title, API reference). */
    private static final int MAX_TITLE = 256;
    /**
     * Security Hub's limit on Remediation.Recommendation.Text (API reference), which holds the remediation text
     * and its CLI command joined by {@value #COMMAND_JOINER}.
     */
    private static final int MAX_RECOMMENDATION = 512;

    /** Security Hub's limit on Compliance.RelatedRequirements items (API reference). */
    private static final int MAX_RELATED_REQUIREMENTS = 32;

    /** Security Hub's limit on a finding's Types (API reference). */
    private static final int MAX_TYPES = 50;

    /** How the ASFF recommendation joins the remediation text and its command. */
    public static final String COMMAND_JOINER = " Command: ";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, CheckMetadata> metadata;
    private final Map<String, Check> checks;

    private CheckCatalog(Map<String, CheckMetadata> metadata, Map<String, Check> checks) {
        this.metadata = metadata;
        this.checks = checks;
    }

    /** Loads the metadata files and validates them against the checks; throws with every problem found. */
    public static CheckCatalog load(Collection<? extends Check> implementations) {
        return of(readMetadata(), implementations);
    }

    /** Validates given metadata against the checks; throws with every problem found. */
    public static CheckCatalog of(List<CheckMetadata> entries, Collection<? extends Check> implementations) {
        List<String> problems = new ArrayList<>();
        Map<String, CheckMetadata> byId = new LinkedHashMap<>();
        for (CheckMetadata entry : entries) {
            validate(entry, problems);
            if (entry.id() != null && byId.putIfAbsent(entry.id(), entry) != null) {
                problems.add(entry.id() + ": declared twice");
            }
        }
        Map<String, Check> checksById = new LinkedHashMap<>();
        for (Check check : implementations) {
            if (checksById.putIfAbsent(check.id(), check) != null) {
                problems.add(check.id() + ": implemented by two classes");
            }
            CheckMetadata entry = byId.get(check.id());
            if (entry == null) {
                problems.add(
                        check.id() + ": implemented by " + check.getClass().getSimpleName() + " but has no metadata");
            } else if (entry.scope() != null && entry.scope() != scopeOf(check)) {
                problems.add(check.id() + ": metadata says scope " + entry.scope() + " but "
                        + check.getClass().getSimpleName() + " is a " + scopeOf(check) + " check");
            }
        }
        byId.keySet().stream()
                .filter(id -> !checksById.containsKey(id))
                .forEach(id -> problems.add(id + ": has metadata but no implementation"));
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("The check catalogue is inconsistent", problems);
        }
        return new CheckCatalog(byId, checksById);
    }

    /** Every entry, ordered by id. */
    public List<CheckMetadata> entries() {
        return metadata.values().stream()
                .sorted(Comparator.comparing(CheckMetadata::id))
                .toList();
    }

    public Optional<CheckMetadata> find(String id) {
        return Optional.ofNullable(metadata.get(id));
    }

    public CheckMetadata get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no check " + id));
    }

    public List<RegionalCheck> regionalChecks() {
        return ofType(RegionalCheck.class);
    }

    public List<AccountCheck> accountChecks() {
        return ofType(AccountCheck.class);
    }

    public List<OrganizationCheck> organizationChecks() {
        return ofType(OrganizationCheck.class);
    }

    private <T> List<T> ofType(Class<T> type) {
        return checks.values().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .sorted(Comparator.comparing(c -> ((Check) c).id()))
                .toList();
    }

    static Scope scopeOf(Check check) {
        if (check instanceof RegionalCheck) {
            return Scope.REGION;
        }
        if (check instanceof AccountCheck) {
            return Scope.ACCOUNT;
        }
        if (check instanceof OrganizationCheck) {
            return Scope.ORGANIZATION;
        }
        throw new IllegalStateException(check.getClass().getName() + " implements no check scope");
    }

    private static void validate(CheckMetadata entry, List<String> problems) {
        String id = entry.id() == null ? "(an entry without id)" : entry.id();
        if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
            problems.add(id + ": id must look like service.check-name in lower case");
        }
        requireText(id, "title", entry.title(), problems);
        requireText(id, "service", entry.service(), problems);
        requireText(id, "description", entry.description(), problems);
        if (entry.title() != null && entry.title().length() > MAX_TITLE) {
            problems.add(id + ": title is longer than " + MAX_TITLE + " characters");
        }
        if (entry.scope() == null || entry.severity() == null || entry.phase() == null) {
            problems.add(id + ": scope, severity and phase are required");
        }
        if (entry.questions().isEmpty()) {
            problems.add(id + ": names no question (WHAT, WHEN, WHO, HOW_FAR)");
        }
        if (entry.level() < 1 || entry.level() > 4) {
            problems.add(id + ": level must be 1 to 4");
        }
        if (entry.remediation() == null) {
            problems.add(id + ": has no remediation");
        } else {
            requireText(id, "remediation.text", entry.remediation().text(), problems);
            requireText(id, "remediation.cli", entry.remediation().cli(), problems);
            if (entry.remediation().text() != null && entry.remediation().cli() != null) {
                int length = entry.remediation().text().length()
                        + COMMAND_JOINER.length()
                        + entry.remediation().cli().length();
                if (length > MAX_RECOMMENDATION) {
                    problems.add(id + ": remediation text and command are " + length + " characters; Security Hub"
                            + " keeps " + MAX_RECOMMENDATION);
                }
            }
            String url = entry.remediation().url();
            if (url == null || !url.startsWith("https://")) {
                problems.add(id + ": remediation.url must be an https link");
            }
        }
        if (entry.asffTypes().isEmpty()) {
            problems.add(id + ": names no ASFF type");
        }
        if (entry.asffTypes().size() > MAX_TYPES) {
            problems.add(id + ": names " + entry.asffTypes().size() + " ASFF types; Security Hub keeps " + MAX_TYPES);
        }
        if (entry.relatedRequirements().size() > MAX_RELATED_REQUIREMENTS) {
            problems.add(id + ": names " + entry.relatedRequirements().size() + " related requirements; Security Hub"
                    + " keeps " + MAX_RELATED_REQUIREMENTS);
        }
        entry.asffTypes().stream()
                .filter(t -> !t.startsWith(ASFF_NAMESPACE) || t.split("/").length > 3)
                .forEach(t -> problems.add(id + ": ASFF type '" + t + "' is not namespace/category/classifier under '"
                        + ASFF_NAMESPACE + "'"));
    }

    private static void requireText(String id, String field, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(id + ": " + field + " is required");
        }
    }

    /** Reads every metadata file without joining it to the checks (for documentation). */
    public static List<CheckMetadata> readMetadata() {
        List<CheckMetadata> all = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            for (Resource file : files) {
                all.addAll(read(file));
            }
        } catch (IOException e) {
            throw new InvalidConfigurationException("The check catalogue cannot be read", List.of(e.getMessage()));
        }
        return all;
    }

    private static List<CheckMetadata> read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            List<CheckMetadata> entries = YAML.readValue(in, new TypeReference<List<CheckMetadata>>() {});
            return entries == null ? List.of() : entries;
        } catch (IOException e) {
            throw new InvalidConfigurationException(
                    "The check catalogue file " + file.getFilename() + " is malformed", List.of(e.getMessage()));
        }
    }
}
