package org.irauditor.core;

/** The question a responder can answer thanks to the control a check verifies. */
public enum Question {
    WHAT,
    WHEN,
    WHO,
    HOW_FAR
}
