package io.executionauditor.web;

import io.executionauditor.web.api.ApiProblemsSupport;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit is refused before any controller sees it: the API answers 413 as a problem, the upload
 * page shows itself again with the limit in words.
 */
// before Spring Boot's problem-details handler, which would answer the page with JSON
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice
class UploadLimit {
    private final String limit;

    UploadLimit(@Value("${execution-auditor.max-upload}") String limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        String detail = "the file is over the upload limit of " + limit;
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ApiProblemsSupport.problem(HttpStatus.PAYLOAD_TOO_LARGE, "Upload too large",
                    detail);
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
        }
        ModelAndView page = new ModelAndView("upload");
        page.addObject("error", "The file is over the upload limit of " + limit + ".");
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return page;
    }
}
