package io.executionauditor.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.plan.Plan;
import io.executionauditor.report.ReportFormat;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.Severity;
import io.executionauditor.web.ActiveRules;
import io.executionauditor.web.AuditService;
import io.executionauditor.web.AuditService.Preview;
import io.executionauditor.web.WebApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the stores promise, on a real database: {@link H2StoreContractTest} runs it on H2 in a file,
 * {@link PostgresStoreContractTest} on a PostgreSQL server, with the one Flyway migration both share. No mocks.
 * The database outlives a test (and, on PostgreSQL, is shared with the web tests), so every test names its own
 * plans and users and counts only its own rows.
 */
@SpringBootTest(classes = WebApplication.class)
abstract class StoreContractTest {
    private static final Path PAYMENTS = Path.of("samples/payments-q3.xlsx");

    @Autowired
    AuditStore audits;
    @Autowired
    UploadStore uploads;
    @Autowired
    UserStore users;
    @Autowired
    ActiveRules rules;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;

    /** The database product the subclass means to test, as JDBC names it. */
    abstract String expectedDatabase();

    @Test
    void runsOnTheIntendedDatabase() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
        assertThat(flyway.info().current()).as("migrated").isNotNull();
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void storedAuditIsFoundListedAndComparedWithThePreviousAuditOfItsPlan() throws Exception {
        Audit payments = payments();
        String name = "History " + token();
        Instant t1 = Instant.parse("2026-03-10T09:15:30.123456Z");

        // as-of dates out of run order: history goes by as-of date, then by id
        long a = insert(named(payments, name, LocalDate.of(2026, 3, 10)), t1);
        long b = insert(named(payments, name, LocalDate.of(2026, 3, 1)), t1.plusSeconds(2));
        String shouted = "  " + name.toUpperCase() + "  ";  // the same plan: its key ignores case and spacing
        long c = insert(named(payments, shouted, LocalDate.of(2026, 3, 10)), t1.plusSeconds(1));
        long other = insert(named(payments, "Other " + token(), LocalDate.of(2026, 3, 5)), t1.plusSeconds(2));

        AuditRow rowA = audits.find(a).orElseThrow();
        assertThat(rowA.planName()).isEqualTo(name);
        assertThat(rowA.planKey()).isEqualTo(AuditStore.planKey(name)).isEqualTo(name.toLowerCase());
        assertThat(rowA.source()).isEqualTo("payments-q3.xlsx");
        assertThat(rowA.asOf()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(rowA.createdAt()).as("microseconds survive").isEqualTo(t1);
        assertThat(rowA.createdBy()).isEqualTo("ada");
        assertThat(rowA.ruleSetVersion()).isEqualTo(payments.ruleSetVersion());
        assertThat(rowA.healthScore()).isEqualTo(payments.healthScore().score());
        assertThat(rowA.findings()).isEqualTo(payments.findings().size()).isPositive();
        assertThat(rowA.critical() + rowA.warning() + rowA.info()).isEqualTo(rowA.findings());
        assertThat(rowA.warning()).isEqualTo(
                (int) payments.findings().stream().filter(f -> f.severity() == Severity.WARNING).count());
        assertThat(rowA.items()).isEqualTo(payments.plan().items().size());
        assertThat(rowA.people()).isEqualTo(payments.plan().people().size());
        assertThat(rowA.importIssues()).isEqualTo(payments.importReport().issues().size());
        assertThat(audits.find(Long.MAX_VALUE)).isEmpty();
        assertThat(audits.find(c).orElseThrow().planName()).isEqualTo(shouted);

        assertThat(ids(audits.history(AuditStore.planKey(name)))).containsExactly(b, a, c);
        assertThat(audits.previous(rowA).map(AuditRow::id)).contains(b);
        assertThat(audits.previous(audits.find(c).orElseThrow()).map(AuditRow::id)).as("same date, run earlier")
                .contains(a);
        assertThat(audits.previous(audits.find(b).orElseThrow())).isEmpty();
        assertThat(audits.previous(audits.find(other).orElseThrow())).isEmpty();

        // newest first: by creation time, then by id
        Set<Long> mine = Set.of(a, b, c, other);
        assertThat(ids(audits.list()).stream().filter(mine::contains)).containsExactly(other, b, c, a);

        Set<String> expected = payments.findings().stream().map(Fingerprint::of).collect(Collectors.toSet());
        assertThat(audits.fingerprints(a)).isEqualTo(expected).isEqualTo(audits.fingerprints(c));
        assertThat(count("SELECT COUNT(*) FROM findings WHERE audit_id = ?", a)).isEqualTo(payments.findings().size());
        assertThat(audits.fingerprints(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void portfolioTakesTheLatestAuditOfEveryPlanAndCountsFindingsPerTeam() throws Exception {
        Audit payments = payments();
        String name = "Portfolio " + token();
        Instant t = Instant.parse("2026-04-01T10:00:00Z");
        long older = insert(named(payments, name, LocalDate.of(2026, 3, 1)), t);
        long latest = insert(named(payments, name, LocalDate.of(2026, 3, 8)), t.plusSeconds(1));
        insert(named(payments, name, LocalDate.of(2026, 2, 1)), t.plusSeconds(2)); // run later, speaks for earlier

        assertThat(ids(audits.latestPerPlan())).contains(latest).doesNotContain(older);

        List<AuditStore.TeamCount> counts = audits.findingsByTeam(List.of(latest));
        assertThat(counts.stream().mapToInt(AuditStore.TeamCount::count).sum()).isEqualTo(payments.findings().size());
        assertThat(counts).extracting(AuditStore.TeamCount::team).contains("Payments", "Platform");
        assertThat(audits.findingsByTeam(List.of())).isEmpty();
    }

    /**
     * The stored audit reads back as the one that ran and renders byte for byte the same. Evidence values come
     * back as JSON gives them (a date as its text, every whole number as an Integer), so they are compared as
     * text; no report or page reads them otherwise.
     */
    @Test
    void storedContentReadsBackAsTheAuditThatRan() throws Exception {
        Audit audit = new Auditor().audit(PAYMENTS, null, rules.get());
        long id = insert(audit, Instant.now());

        Audit back = audits.content(id).orElseThrow();
        assertThat(back.plan()).isEqualTo(audit.plan());
        assertThat(back.asOf()).isEqualTo(audit.asOf());
        assertThat(back.ruleSetVersion()).isEqualTo(audit.ruleSetVersion());
        assertThat(back.rules()).isEqualTo(audit.rules());
        assertThat(back.healthScore()).isEqualTo(audit.healthScore());
        assertThat(back.importReport()).isEqualTo(audit.importReport());
        assertThat(back.load()).isEqualTo(audit.load());
        assertThat(back.findings().stream().map(StoreContractTest::evidenceAsText))
                .containsExactlyElementsOf(audit.findings().stream().map(StoreContractTest::evidenceAsText).toList());
        for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.CSV)) {
            assertThat(render(back, format)).as(format.id()).isEqualTo(render(audit, format));
        }
        assertThat(audits.content(Long.MAX_VALUE)).isEmpty();
    }

    private static Finding evidenceAsText(Finding f) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        f.evidence().forEach((key, value) -> evidence.put(key, String.valueOf(value)));
        return new Finding(f.ruleId(), f.category(), f.severity(), f.subject(), f.title(), f.message(), evidence,
                f.recommendation());
    }

    private static byte[] render(Audit audit, ReportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(audit, out);
        return out.toByteArray();
    }

    @Test
    void uploadRowRecordsTheFileAsReceived() throws Exception {
        byte[] bytes = Files.readAllBytes(PAYMENTS);
        StoredFile file = uploads.receive(new ByteArrayInputStream(bytes), "C:\\plans\\payments-q3.xlsx");
        long id = uploads.insert(file, "ada", Instant.parse("2026-03-10T09:15:30Z"));

        assertThat(file.path()).hasBinaryContent(bytes);
        assertThat(jdbc.sql("SELECT stored_name, original_name, size_bytes, sha256, uploaded_by FROM uploads"
                + " WHERE id = ?").param(id).query((rs, n) -> List.of(rs.getString(1), rs.getString(2),
                        rs.getLong(3), rs.getString(4), rs.getString(5))).single())
                .containsExactly(file.storedName(), "payments-q3.xlsx", (long) bytes.length, file.sha256(), "ada");
    }

    @Test
    void usersAreCreatedFoundChangedAndDeleted() {
        String name = "user-" + token();
        long before = users.count();

        users.create(name, "{noop}first", "viewer");
        assertThat(users.count()).isEqualTo(before + 1);
        UserStore.User created = users.find(name).orElseThrow();
        assertThat(created.username()).isEqualTo(name);
        assertThat(created.passwordHash()).isEqualTo("{noop}first");
        assertThat(created.role()).isEqualTo("viewer");
        assertThat(users.list()).extracting(UserStore.User::username).contains(name);
        assertThatThrownBy(() -> users.create(name, "{noop}again", "admin"))
                .isInstanceOf(DuplicateKeyException.class);

        users.changeRole(name, "auditor");
        users.changePassword(name, "{noop}second");
        assertThat(users.find(name).orElseThrow())
                .isEqualTo(new UserStore.User(created.id(), name, "{noop}second", "auditor"));

        users.delete(name);
        assertThat(users.find(name)).isEmpty();
        assertThat(users.count()).isEqualTo(before);
        assertThat(users.find("nobody-" + token())).isEmpty();
    }

    /** A failure after the audit row and its findings are written, before the commit: nothing is left. */
    @Test
    void failureInTheMiddleOfSavingRollsBackAndDeletesTheFile() throws Exception {
        AtomicLong written = new AtomicLong();
        AuditStore failing = new AuditStore(jdbc) {
            @Override
            public long insert(Audit audit, long uploadId, String user, Instant at) {
                long id = super.insert(audit, uploadId, user, at);
                written.set(id);
                assertThat(count("SELECT COUNT(*) FROM audits WHERE id = ?", id)).isEqualTo(1);
                assertThat(count("SELECT COUNT(*) FROM uploads WHERE id = ?", uploadId)).isEqualTo(1);
                assertThat(count("SELECT COUNT(*) FROM findings WHERE audit_id = ?", id)).isPositive();
                throw new IllegalStateException("injected failure after the audit was written, before the commit");
            }
        };
        AuditService service = new AuditService(uploads, failing, rules, transaction);
        Totals before = totals();
        Preview preview;
        try (InputStream in = Files.newInputStream(PAYMENTS)) {
            preview = service.receive(in, "payments-q3.xlsx");
        }
        assertThat(preview.file().path()).exists();

        assertThatThrownBy(() -> service.save(preview, null, "ada")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("injected failure");

        assertThat(written.get()).as("the failure came after the insert").isPositive();
        assertThat(count("SELECT COUNT(*) FROM audits WHERE id = ?", written.get())).as("audit row").isZero();
        assertThat(count("SELECT COUNT(*) FROM findings WHERE audit_id = ?", written.get())).as("finding rows")
                .isZero();
        assertNothingLeftOf(preview, before);
    }

    /**
     * The database itself refuses a finding half way through (an item key longer than findings.subject_id
     * allows): the upload and audit rows written before it are rolled back too. If that column is ever widened,
     * make the key longer.
     */
    @Test
    void databaseErrorWhileWritingFindingsRollsBackAndDeletesTheFile() throws Exception {
        AuditService service = new AuditService(uploads, audits, rules, transaction);
        String plan = "long-key-" + token();
        String key = "K-" + "x".repeat(400);
        String csv = "Key,Title,Owner,Status,Estimate,Due\n" + key + ",Login,Ana and Ben,In progress,3,2026-03-20\n"
                + "A-2,Signup,Ana,To do,2,2026-03-20\n";
        Totals before = totals();
        Preview preview = service.receive(new ByteArrayInputStream(csv.getBytes(UTF_8)), plan + ".csv");
        assertThat(preview.imported().plan().items()).extracting(item -> item.key()).contains(key);

        assertThatThrownBy(() -> service.save(preview, LocalDate.of(2026, 3, 10), "ada"))
                .isInstanceOf(DataAccessException.class);

        assertThat(count("SELECT COUNT(*) FROM audits WHERE plan_key = ?", AuditStore.planKey(plan)))
                .as("audit row").isZero();
        assertNothingLeftOf(preview, before);
    }

    private void assertNothingLeftOf(Preview preview, Totals before) {
        assertThat(count("SELECT COUNT(*) FROM uploads WHERE stored_name = ?", preview.file().storedName()))
                .as("upload row").isZero();
        assertThat(preview.file().path()).as("the received file").doesNotExist();
        assertThat(totals()).as("rows in audits, uploads, findings").isEqualTo(before);
    }

    private record Totals(int audits, int uploads, int findings) {
    }

    private Totals totals() {
        return new Totals(count("SELECT COUNT(*) FROM audits"), count("SELECT COUNT(*) FROM uploads"),
                count("SELECT COUNT(*) FROM findings"));
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    private long insert(Audit audit, Instant at) {
        StoredFile file = uploads.receive(new ByteArrayInputStream("plan".getBytes(UTF_8)), "plan.csv");
        long upload = uploads.insert(file, "ada", at);
        return audits.insert(audit, upload, "ada", at.truncatedTo(ChronoUnit.MICROS));
    }

    private static Audit paymentsAudit;

    private Audit payments() throws Exception {
        if (paymentsAudit == null) {
            paymentsAudit = new Auditor().audit(PAYMENTS, null, rules.get());
        }
        return paymentsAudit;
    }

    /** The same audit of a plan with another name, on another as-of date. */
    private static Audit named(Audit audit, String name, LocalDate asOf) {
        Plan p = audit.plan();
        Plan renamed = new Plan(name, p.source(), p.asOf(), p.estimateUnit(), p.periods(), p.people(), p.items(),
                p.updates(), p.changes());
        return new Audit(renamed, asOf, audit.ruleSetVersion(), audit.rules(), audit.findings(), audit.healthScore(),
                audit.importReport(), audit.load(), audit.schedule());
    }

    private static List<Long> ids(List<AuditRow> rows) {
        return rows.stream().map(AuditRow::id).toList();
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
