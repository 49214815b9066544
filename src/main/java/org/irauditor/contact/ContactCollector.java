package org.irauditor.contact;

import org.irauditor.aws.RegionScope;
import org.springframework.stereotype.Component;

/** Collects the security alternate contact of one account; called once per account with the home region's scope. */
@Component
public class ContactCollector {

    public ContactSnapshot collect(RegionScope scope) {
        return new ContactSnapshot();
    }
}
