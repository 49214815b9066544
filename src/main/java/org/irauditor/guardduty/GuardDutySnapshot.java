package org.irauditor.guardduty;

/** GuardDuty: detectors with status and features, administrator, members, organization configuration, as collected in one region of one account. */
public record GuardDutySnapshot() {}
