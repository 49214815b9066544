package org.irauditor.awsconfig;

/** AWS Config: customer-managed recorders and their status, delivery channels, rules, aggregators, as collected in one region of one account. */
public record ConfigSnapshot() {}
