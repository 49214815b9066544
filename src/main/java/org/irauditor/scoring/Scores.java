package org.irauditor.scoring;

/** The readiness scores of the run: per account, per OU and for the organization. */
public record Scores() {}
