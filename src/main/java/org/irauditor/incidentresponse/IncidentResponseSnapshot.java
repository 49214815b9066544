package org.irauditor.incidentresponse;

/** AWS Security Incident Response: the membership seen from its delegated administrator. */
public record IncidentResponseSnapshot() {}
