package org.irauditor.core;

/** How to fix a failed check: readable text, an AWS CLI command and a documentation link. */
public record Remediation(String text, String cli, String url) {}
