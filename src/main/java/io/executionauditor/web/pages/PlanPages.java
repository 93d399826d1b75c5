package io.executionauditor.web.pages;

import io.executionauditor.store.AuditRow;
import io.executionauditor.store.AuditStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A plan's history over its audits, and the portfolio across plans and teams. */
@Controller
class PlanPages {
    private final AuditStore audits;

    PlanPages(AuditStore audits) {
        this.audits = audits;
    }

    /** One point of the history chart: an audit's score at its place on the x axis, in SVG units. */
    public record Point(AuditRow audit, double x, double y) {
    }

    /**
     * The plan's score over its audits as an SVG polyline, {@code WIDTH} by {@code HEIGHT} (score 100 on top), as
     * the history template's viewBox and bands expect.
     */
    public record Chart(List<Point> points, String polyline) {
        public static final int WIDTH = 640;
        public static final int HEIGHT = 200;
        static final int MARGIN = 60;

        static Chart of(List<AuditRow> history) {
            List<Point> points = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            int n = history.size();
            for (int i = 0; i < n; i++) {
                double x = n == 1 ? WIDTH / 2.0 : MARGIN + i * (WIDTH - 2.0 * MARGIN) / (n - 1);
                double y = 10 + (100 - history.get(i).healthScore()) * (HEIGHT - 20) / 100.0;
                points.add(new Point(history.get(i), x, y));
                line.append(line.length() == 0 ? "" : " ").append(Math.round(x)).append(',').append(Math.round(y));
            }
            return new Chart(points, line.toString());
        }
    }

    /** Findings of one team by severity across the latest audit of every plan. */
    public record TeamRow(String team, int critical, int warning, int info) {
        public int total() {
            return critical + warning + info;
        }
    }

    @GetMapping("/audits/{id}/history")
    String history(@PathVariable long id, Model model) {
        AuditRow audit = audits.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "there is no audit " + id));
        List<AuditRow> history = audits.history(audit.planKey());
        model.addAttribute("audit", audit);
        model.addAttribute("history", history);
        model.addAttribute("chart", Chart.of(history));
        return "history";
    }

    @GetMapping("/portfolio")
    String portfolio(Model model) {
        List<AuditRow> latest = audits.latestPerPlan();
        Map<String, int[]> byTeam = new TreeMap<>();
        for (AuditStore.TeamCount count : audits.findingsByTeam(latest.stream().map(AuditRow::id).toList())) {
            int[] counts = byTeam.computeIfAbsent(count.team(), t -> new int[3]);
            counts["critical".equals(count.severity()) ? 0 : "warning".equals(count.severity()) ? 1 : 2] +=
                    count.count();
        }
        List<TeamRow> teams = new ArrayList<>();
        byTeam.forEach((team, c) -> teams.add(new TeamRow(team.isEmpty() ? "(no team)" : team, c[0], c[1], c[2])));
        teams.sort((a, b) -> b.critical() != a.critical() ? b.critical() - a.critical() : b.total() - a.total());
        Map<Long, Integer> change = new java.util.HashMap<>();
        for (AuditRow row : latest) {
            audits.previous(row).ifPresent(previous -> change.put(row.id(), row.healthScore() - previous.healthScore()));
        }
        model.addAttribute("plans", latest);
        model.addAttribute("change", change);
        model.addAttribute("teams", teams);
        return "portfolio";
    }
}
