package io.executionauditor.web;

import io.executionauditor.store.AcceptanceStore;
import io.executionauditor.store.AuditRow;
import io.executionauditor.store.AuditStore;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** Accepting a finding of an audit as a known risk, and withdrawing it, for the pages and the API alike. */
@Service
public class Acceptances {
    static final int MAX_REASON = 2000;

    private final AuditStore audits;
    private final AcceptanceStore store;

    public Acceptances(AuditStore audits, AcceptanceStore store) {
        this.audits = audits;
        this.store = store;
    }

    /** Why an acceptance cannot be recorded. */
    public static final class Refused extends Exception {
        private final boolean notFound;

        Refused(String message, boolean notFound) {
            super(message);
            this.notFound = notFound;
        }

        public boolean notFound() {
            return notFound;
        }
    }

    /** Accepts the finding with this fingerprint in audit {@code auditId}; returns the acceptance's id. */
    public long accept(long auditId, String fingerprint, String reason, String user) throws Refused {
        AuditRow row = audits.find(auditId).orElseThrow(() -> new Refused("there is no audit " + auditId, true));
        if (!audits.fingerprints(auditId).contains(fingerprint)) {
            throw new Refused("audit " + auditId + " has no finding " + fingerprint, false);
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refused("say why the finding is accepted (reason is empty)", false);
        }
        return store.accept(row.planKey(), fingerprint, why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why,
                user, Instant.now());
    }

    public boolean withdraw(long acceptanceId, String user) {
        return store.withdraw(acceptanceId, user, Instant.now());
    }
}
