package org.irauditor.contact;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.irauditor.core.Outcome;

/**
 * The account's security alternate contact from the Account Management API, named as in the
 * {@code GetAlternateContact} response.
 *
 * @param security the SECURITY contact; a failed outcome with {@code ResourceNotFoundException} means none is set
 */
public record ContactSnapshot(
        @JsonProperty("AlternateContact") Outcome<AlternateContact> security) {

    /** An alternate contact as {@code GetAlternateContact} returns it. */
    public record AlternateContact(
            @JsonProperty("AlternateContactType") String alternateContactType,
            @JsonProperty("Name") String name,
            @JsonProperty("Title") String title,
            @JsonProperty("EmailAddress") String emailAddress,
            @JsonProperty("PhoneNumber") String phoneNumber) {}
}
