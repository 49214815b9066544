package org.irauditor.routing;

/** Finding routing: EventBridge rules matching Security Hub or GuardDuty findings, with their targets, as collected in one region of one account. */
public record RoutingSnapshot() {}
