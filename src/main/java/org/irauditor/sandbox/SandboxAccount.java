package org.irauditor.sandbox;

import java.util.List;
import java.util.Map;

/**
 * One account of the sandbox organization. Its readiness is described by traits, one per service, each
 * interpreted by that service's {@code *Sandbox} class; a missing trait means {@value #READY}.
 *
 * @param id the 12-digit account id, required (checked with the rest of the definition by
 *     {@link SandboxValidation})
 * @param ou the OU path, such as {@code Root/Workloads/Prod}
 * @param assumable false for an account whose audit role cannot be assumed (default true)
 * @param disabledRegions regions of the organization that this account has not opted in to
 */
public record SandboxAccount(
        String id,
        String name,
        String email,
        String state,
        String ou,
        Map<String, String> tags,
        Map<String, String> traits,
        Boolean assumable,
        List<String> disabledRegions) {

    /** The trait value of a service that is fully ready. */
    public static final String READY = "ready";

    public SandboxAccount {
        state = state == null ? "ACTIVE" : state;
        ou = ou == null ? "Root" : ou;
        email = email == null ? name + "@example.com" : email;
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        traits = traits == null ? Map.of() : Map.copyOf(traits);
        assumable = assumable == null || assumable;
        disabledRegions = disabledRegions == null ? List.of() : List.copyOf(disabledRegions);
    }

    /** The trait of a service, such as {@code cloudtrail}; {@value #READY} when not given. */
    public String trait(String service) {
        return traits.getOrDefault(service, READY);
    }
}
