package io.executionauditor.web;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.PlanImporter;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.RuleSetException;
import io.executionauditor.store.Fingerprint;
import io.executionauditor.store.AuditRow;
import io.executionauditor.store.AuditStore;
import io.executionauditor.store.StoredFile;
import io.executionauditor.store.UploadStore;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads become audits: the file is kept under a generated name, imported, audited with the active rules and
 * stored in one transaction. Whatever fails on the way, nothing is left behind: no audit row, no upload row, no
 * file.
 */
@Service
public class AuditService {
    private final UploadStore uploads;
    private final AuditStore audits;
    private final ActiveRules rules;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    public AuditService(UploadStore uploads, AuditStore audits, ActiveRules rules, TransactionTemplate transaction) {
        this.uploads = uploads;
        this.audits = audits;
        this.rules = rules;
        this.transaction = transaction;
    }

    /** A received file and what its import found, before anything is saved. */
    public record Preview(StoredFile file, ImportResult imported) {
    }

    /** Keeps the file and imports it; the caller shows the import and decides whether to audit it. */
    public Preview receive(InputStream in, String originalName) throws UnreadableInputException {
        StoredFile file = uploads.receive(in, originalName);
        try {
            return new Preview(file, new PlanImporter().importPlan(file.path(), file.originalName()));
        } catch (UnreadableInputException | RuntimeException e) {
            uploads.discard(file);
            throw e;
        }
    }

    /** Receives, imports, audits and stores in one go (the API's upload). */
    public AuditRow auditUpload(InputStream in, String originalName, LocalDate asOf, String user)
            throws UnreadableInputException, RuleSetException {
        return save(receive(in, originalName), asOf, user);
    }

    /** Audits a received file and stores upload and audit together, or neither. */
    public AuditRow save(Preview preview, LocalDate asOf, String user) throws RuleSetException {
        StoredFile file = preview.file();
        long id;
        try {
            Audit audit = new Auditor().audit(preview.imported(), asOf, rules.get());
            Instant now = clock.instant();
            id = transaction.execute(status -> {
                long upload = uploads.insert(file, user, now);
                return audits.insert(audit, upload, user, now);
            });
        } catch (RuleSetException | RuntimeException e) {
            // nothing was committed: the file has no row and must not stay behind
            uploads.discard(file);
            throw e;
        }
        return audits.find(id).orElseThrow();
    }

    /**
     * Audits a stored audit's upload again with the active rules and the same as-of date, as a new audit of the
     * plan (the upload is shared, not copied): how the plan reads under a newer rule set.
     */
    public AuditRow rerun(long auditId, String user) throws UnreadableInputException, RuleSetException {
        AuditRow previous = audits.find(auditId).orElseThrow(() -> new IllegalArgumentException(
                "there is no audit " + auditId));
        StoredFile file = uploads.find(previous.uploadId()).orElseThrow(() -> new IllegalStateException(
                "the file of audit " + auditId + " is no longer stored"));
        ImportResult imported = new PlanImporter().importPlan(file.path(), file.originalName());
        Audit audit = new Auditor().audit(imported, previous.asOf(), rules.get());
        long id = transaction.execute(status -> audits.insert(audit, previous.uploadId(), user, clock.instant()));
        return audits.find(id).orElseThrow();
    }

    /** What a draft rule set would change on a stored audit's plan, against the active rules. */
    public record DryRun(AuditRow audit, List<Finding> appear, List<Finding> disappear, int unchanged) {
    }

    /**
     * Audits a stored audit's kept file, as of the same date, with the active rules and with {@code draft}, and
     * tells which findings the draft would add and which it would drop. Nothing is stored.
     */
    public DryRun dryRun(long auditId, RuleSet draft) throws UnreadableInputException, RuleSetException {
        AuditRow row = audits.find(auditId).orElseThrow(() -> new IllegalArgumentException(
                "there is no audit " + auditId));
        StoredFile file = uploads.find(row.uploadId()).orElseThrow(() -> new IllegalStateException(
                "the file of audit " + auditId + " is no longer stored"));
        ImportResult imported = new PlanImporter().importPlan(file.path(), file.originalName());
        List<Finding> now = new Auditor().audit(imported, row.asOf(), rules.get()).findings();
        List<Finding> then = new Auditor().audit(imported, row.asOf(), draft).findings();
        java.util.Set<String> before = now.stream().map(Fingerprint::of).collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> after = then.stream().map(Fingerprint::of).collect(java.util.stream.Collectors.toSet());
        List<Finding> appear = then.stream().filter(f -> !before.contains(Fingerprint.of(f))).toList();
        List<Finding> disappear = now.stream().filter(f -> !after.contains(Fingerprint.of(f))).toList();
        return new DryRun(row, appear, disappear, then.size() - appear.size());
    }

    /** Re-imports a file received for a preview (the page's second step). */
    public Preview reopen(StoredFile file) throws UnreadableInputException {
        return new Preview(file, new PlanImporter().importPlan(file.path(), file.originalName()));
    }

    public void discard(StoredFile file) {
        uploads.discard(file);
    }

    /** Previews left waiting for a day are given up: their files go. Run at start. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void removeAbandonedPreviews() {
        uploads.removeAbandoned(Duration.ofDays(1), clock.instant());
    }
}
