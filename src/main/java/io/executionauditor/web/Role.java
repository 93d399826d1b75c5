package io.executionauditor.web;

import java.util.Locale;

/**
 * What a user may do; each role may do everything the roles before it may: a viewer reads audits and downloads
 * reports, an auditor also uploads plans and accepts findings, a coach also authors rules, an admin also manages
 * users.
 */
public enum Role {
    VIEWER, AUDITOR, COACH, ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role's name as Spring Security checks it. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Role of(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
