package org.irauditor.detective;

/** Amazon Detective: behavior graphs, members seen by the administrator, organization configuration, as collected in one region of one account. */
public record DetectiveSnapshot() {}
