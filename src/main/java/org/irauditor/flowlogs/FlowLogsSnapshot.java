package org.irauditor.flowlogs;

/** VPC Flow Logs: the VPCs of the region with their owners, and the flow logs attached to them, as collected in one region of one account. */
public record FlowLogsSnapshot() {}
