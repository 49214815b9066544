package org.irauditor.contact;

import org.irauditor.aws.RegionScope;
import org.irauditor.contact.ContactSnapshot.AlternateContact;
import org.irauditor.core.Outcome;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.account.model.AlternateContactType;

/**
 * Collects the security alternate contact of one account; called once per account with the home region's scope.
 *
 * <p>The call is made from the account's own audit role without {@code AccountId}, which reads the calling
 * account's contact. Reading a member's contact from the management account (or the delegated administrator for
 * account management) with {@code AccountId} would also work, but needs trusted access for the Account Management
 * service in the organization; reading in each account needs only {@code account:GetAlternateContact} in the audit
 * role.
 */
@Component
public class ContactCollector {

    public ContactSnapshot collect(RegionScope scope) {
        Outcome<AlternateContact> security = scope.call(
                        "GetAlternateContact",
                        () -> scope.session()
                                .account()
                                .getAlternateContact(r -> r.alternateContactType(AlternateContactType.SECURITY))
                                .alternateContact())
                .map(c -> new AlternateContact(
                        c.alternateContactTypeAsString(), c.name(), c.title(), c.emailAddress(), c.phoneNumber()));
        return new ContactSnapshot(security);
    }
}
