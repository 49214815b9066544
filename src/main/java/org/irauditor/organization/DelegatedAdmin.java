package org.irauditor.organization;

/** A delegated administrator account registered for one service principal. */
public record DelegatedAdmin(String servicePrincipal, String accountId) {}
