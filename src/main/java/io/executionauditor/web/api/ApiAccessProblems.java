package io.executionauditor.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 for the API as problem+json, like every other API error. A 401 also asks for HTTP Basic
 * credentials, so a script (or curl) knows what to send; a 403 says whether the role or a missing CSRF token was
 * the reason.
 */
public final class ApiAccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Execution Auditor\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                "log in: send HTTP Basic credentials of a user of this server");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String detail = e instanceof CsrfException
                ? "a change through the browser's session needs its CSRF token (header X-CSRF-TOKEN); a script sends"
                        + " HTTP Basic credentials instead"
                : "your role does not allow " + request.getMethod() + " " + request.getRequestURI();
        write(request, response, HttpStatus.FORBIDDEN, "Forbidden", detail);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        ProblemDetail problem = ApiProblems.problem(status, title, detail);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
