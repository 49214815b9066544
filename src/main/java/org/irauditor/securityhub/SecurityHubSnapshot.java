package org.irauditor.securityhub;

/** Security Hub: hub, enabled standards, administrator, organization configuration, finding aggregator, as collected in one region of one account. */
public record SecurityHubSnapshot() {}
