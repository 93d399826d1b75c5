package io.executionauditor.web;

import io.executionauditor.web.api.ApiProblemsSupport;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Failures that happen before a controller is chosen, and the pages' own: the API answers them as problems, a
 * browser gets a page in the application's look (an upload over the limit shows the upload page again, with the
 * limit in words). Never a stack trace and never JSON in a browser.
 */
// before Spring Boot's problem-details handler, which would answer the page with JSON
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice
class WebErrors {
    private final String limit;

    WebErrors(@Value("${execution-auditor.max-upload}") String limit) {
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

    /**
     * An upload Tomcat cannot take apart: a file name with a NUL in it, a body cut short. The reason is not echoed
     * (it quotes the bad name, control characters and all).
     */
    @ExceptionHandler(MultipartException.class)
    Object unreadableForm(HttpServletRequest request) {
        return unreadableUpload(request.getRequestURI());
    }

    /** The answer to an upload that cannot be taken apart, wherever that is found (here, or in a filter). */
    static Object unreadableUpload(String uri) {
        if ("/upload".equals(uri)) {
            ModelAndView page = new ModelAndView("upload");
            page.addObject("error", "The upload cannot be read: its file name has control characters in it, or its"
                    + " body was cut short.");
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        return answer(uri, HttpStatus.BAD_REQUEST, "Unreadable upload", "the upload cannot be read as a form with a"
                + " file (a file name with control characters in it, or a body cut short)");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noSuchPage(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Not found", "there is no page " + request.getRequestURI());
    }

    /** A page controller's refusal (an unknown audit, a bad form), as a page. */
    @ExceptionHandler(ResponseStatusException.class)
    Object refused(ResponseStatusException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return answer(request, status, status.getReasonPhrase(), e.getReason());
    }

    /** A method or a content type no endpoint takes at this path (found before any controller is chosen). */
    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class})
    Object notTaken(ErrorResponse e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return answer(request, status, status.getReasonPhrase(), e.getBody().getDetail());
    }

    static Object answer(HttpServletRequest request, HttpStatus status, String title, String detail) {
        return answer(request.getRequestURI(), status, title, detail);
    }

    /** A problem for a request to {@code uri} under {@code /api}, the error page for any other. */
    static Object answer(String uri, HttpStatus status, String title, String detail) {
        if (uri != null && uri.startsWith("/api/")) {
            return ResponseEntity.status(status).body(ApiProblemsSupport.problem(status, title, detail));
        }
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("detail", detail);
        page.setStatus(status);
        return page;
    }
}
