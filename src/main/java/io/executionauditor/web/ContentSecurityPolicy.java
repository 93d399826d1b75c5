package io.executionauditor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The Content-Security-Policy of every response. The pages run only the application's own script files and style
 * sheets: no inline script, no inline style, no event-handler attribute, so markup that slipped into a page could
 * not run. Two places differ, each for the reason given with its policy.
 */
final class ContentSecurityPolicy implements HeaderWriter {
    static final String HEADER = "Content-Security-Policy";

    /** The application's pages and the API's answers. */
    static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /**
     * A report download is a file to keep, not a page of the application: the HTML report carries its styles inline
     * so it opens offline. Should a browser show it in place anyway, it is sandboxed and can fetch nothing.
     */
    static final String REPORT_FILE = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'none'; sandbox";

    /**
     * Swagger UI is springdoc's bundle, not ours: its scripts are files, but it adds {@code <style>} elements as it
     * renders and draws icons from data: URLs. Its own path allows those two, and scripts stay 'self' only.
     */
    static final String SWAGGER_UI = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static final RequestMatcher REPORTS = new AntPathRequestMatcher("/api/audits/*/report");
    private static final RequestMatcher SWAGGER = new AntPathRequestMatcher("/swagger-ui/**");

    static String policyFor(HttpServletRequest request) {
        if (REPORTS.matches(request)) {
            return REPORT_FILE;
        }
        return SWAGGER.matches(request) ? SWAGGER_UI : PAGES;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, policyFor(request));
        }
    }
}
