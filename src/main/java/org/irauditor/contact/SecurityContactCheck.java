package org.irauditor.contact;

import java.util.List;
import org.irauditor.audit.AccountCheck;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.contact.ContactSnapshot.AlternateContact;
import org.irauditor.core.Outcome;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * The account has a SECURITY alternate contact, so that AWS can reach the people who respond to an incident in it
 * (abuse reports, compromised credentials). {@code GetAlternateContact} answers {@code ResourceNotFoundException}
 * when none is set, which is a FAIL; any other error is UNKNOWN.
 */
@Component
public class SecurityContactCheck implements AccountCheck {

    public static final String ID = "contact.security-contact";

    private static final String NOT_SET = "ResourceNotFoundException";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(AccountSnapshot account, OrganizationContext organization) {
        if (account.contact() == null || account.contact().security() == null) {
            return List.of(Verdict.unknown("The security alternate contact was not collected"));
        }
        Outcome<AlternateContact> security = account.contact().security();
        if (security.failedWith(NOT_SET) || (security.isOk() && security.value() == null)) {
            return List.of(Verdict.fail("No security alternate contact is set for the account"));
        }
        if (security.isFailed()) {
            return List.of(Verdict.unknown(security.error()));
        }
        return List.of(set(security.value()));
    }

    private static Verdict set(AlternateContact contact) {
        return Verdict.pass("A security alternate contact is set for the account")
                .with("name", contact.name())
                .with("title", contact.title())
                .with("email", contact.emailAddress());
    }
}
