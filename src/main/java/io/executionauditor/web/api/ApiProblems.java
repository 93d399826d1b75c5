package io.executionauditor.web.api;

import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.rules.RuleSetException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** The one place where the API's failures become RFC 9457 problems: a title, a status and a detail that helps. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {
    @ExceptionHandler(UnreadableInputException.class)
    ProblemDetail unreadable(UnreadableInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable plan", e.getMessage());
        problem.setProperty("importIssues", List.of());
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(BadRequest.class)
    ProblemDetail badRequest(BadRequest e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ProblemDetail missing(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", "parameter " + e.getName() + ": \"" + e.getValue()
                + "\" is not valid" + (e.getName().equals("asOf") ? " (expected yyyy-mm-dd)" : ""));
    }

    @ExceptionHandler(RuleSetException.class)
    ProblemDetail rules(RuleSetException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "The rule set failed on this plan",
                e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        return ApiProblemsSupport.problem(status, title, detail);
    }

    /** An id that names nothing. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    /** A request that cannot be answered as asked. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
