package org.irauditor.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.irauditor.core.InvalidConfigurationException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ResourceUtils;

/** Reads the sandbox organization's definition, or generates a large one from it for benchmarks. */
public final class SandboxOrganizations {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** First id of generated accounts; far from the hand-written ones. */
    private static final long FIRST_GENERATED_ID = 100_000_000_000L;

    private static final int GENERATED_OUS = 25;

    private SandboxOrganizations() {}

    /**
     * The resource of the {@code audit.sandbox.organization} setting: a location with a scheme ({@code classpath:},
     * {@code file:}) as Spring resolves it, anything else as a file path.
     */
    public static Resource resource(ResourceLoader loader, String location) {
        return ResourceUtils.isUrl(location) ? loader.getResource(location) : new FileSystemResource(location);
    }

    /** Reads and validates a definition; any problem stops the run, naming the definition and the field. */
    public static SandboxOrganization read(Resource definition) {
        String subject = "The sandbox organization " + definition.getDescription() + " is invalid";
        try (InputStream in = definition.getInputStream()) {
            return SandboxValidation.validated(YAML.readValue(in, SandboxOrganization.class), subject);
        } catch (JsonProcessingException e) {
            throw new InvalidConfigurationException(subject, List.of(SandboxYamlErrors.problem(e)));
        } catch (IOException e) {
            throw new InvalidConfigurationException(
                    "The sandbox organization " + definition.getDescription() + " cannot be read",
                    List.of(String.valueOf(e.getMessage())));
        }
    }

    /**
     * An organization of {@code size} accounts: the definition's management and delegated-admin accounts, then
     * generated member accounts that cycle through the definition's other accounts' readiness traits, spread over
     * {@value #GENERATED_OUS} OUs.
     */
    public static SandboxOrganization generate(SandboxOrganization definition, int size, List<String> regions) {
        List<SandboxAccount> fixed = definition.accounts().stream()
                .filter(a -> isAdmin(definition, a))
                .toList();
        List<SandboxAccount> profiles = definition.accounts().stream()
                .filter(a -> !isAdmin(definition, a))
                .toList();
        if (profiles.isEmpty()) {
            throw new InvalidConfigurationException(
                    "The sandbox organization cannot be generated",
                    List.of("audit.sandbox.generated-accounts needs at least one member account in the definition"
                            + " (one that is neither the management account nor a delegated administrator)"));
        }
        List<SandboxAccount> accounts = new ArrayList<>(fixed);
        for (int i = 0; accounts.size() < size; i++) {
            SandboxAccount profile = profiles.get(i % profiles.size());
            String id = String.format("%012d", FIRST_GENERATED_ID + i);
            accounts.add(new SandboxAccount(
                    id,
                    profile.name() + "-" + i,
                    null,
                    profile.state(),
                    "Root/Workloads/Unit-" + (i % GENERATED_OUS),
                    Map.of(
                            "Owner",
                            "team-" + (i % 97),
                            "Environment",
                            profile.tags().getOrDefault("Environment", "dev")),
                    profile.traits(),
                    profile.assumable(),
                    profile.disabledRegions()));
        }
        SandboxOrganization generated = new SandboxOrganization(
                definition.organizationId(),
                definition.managementAccountId(),
                definition.partition(),
                definition.homeRegion(),
                regions,
                definition.delegatedAdmins(),
                accounts);
        return SandboxValidation.validated(generated, "The generated sandbox organization is invalid");
    }

    private static boolean isAdmin(SandboxOrganization definition, SandboxAccount account) {
        return definition.isManagement(account) || definition.delegatedAdmins().containsValue(account.id());
    }
}
