package org.irauditor.awsconfig;

import org.irauditor.aws.RegionScope;
import org.springframework.stereotype.Component;

/** Collects the Config state of one region of one account. */
@Component
public class ConfigCollector {

    public ConfigSnapshot collect(RegionScope scope) {
        return new ConfigSnapshot();
    }
}
