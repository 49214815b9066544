package org.irauditor.contact;

/** The account's alternate contacts from the Account Management API. */
public record ContactSnapshot() {}
