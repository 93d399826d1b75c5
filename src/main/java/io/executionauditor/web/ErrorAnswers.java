package io.executionauditor.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where every failure no handler answered ends up (the servlet container forwards it here, in place of Spring
 * Boot's JSON error map): a page refused to a role, a request Tomcat turned down, an exception a controller let
 * through. The API gets a problem, a browser the error page; both say only what the status means, never an
 * exception's message or stack trace (the log has them). An upload Tomcat could not take apart is the client's
 * fault, a 400, though it reaches here as a 500.
 */
@Controller
class ErrorAnswers implements ErrorController {
    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(code instanceof Integer) || !(uri instanceof String)) {
            // asked for directly: there is nothing to tell
            return WebErrors.answer(request, HttpStatus.NOT_FOUND, "Not found", "there is no page "
                    + request.getRequestURI());
        }
        if (causedBy(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), InvalidFileNameException.class)) {
            // Tomcat refuses a NUL in an upload's file name while a filter reads the form's CSRF token
            return WebErrors.unreadableUpload((String) uri);
        }
        HttpStatus status = HttpStatus.resolve((Integer) code);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return WebErrors.answer((String) uri, status, status.getReasonPhrase(), detail(status, (String) uri));
    }

    private static boolean causedBy(Object failure, Class<? extends Throwable> type) {
        for (Throwable e = failure instanceof Throwable t ? t : null; e != null; e = e.getCause()) {
            if (type.isInstance(e)) {
                return true;
            }
        }
        return false;
    }

    private static String detail(HttpStatus status, String uri) {
        return switch (status) {
            case UNAUTHORIZED -> "log in first";
            case FORBIDDEN -> "your role does not allow this; ask an admin if you need it";
            case NOT_FOUND -> "there is no page " + uri;
            case PAYLOAD_TOO_LARGE -> "the request is over the upload limit";
            default -> status.is4xxClientError() ? "the request could not be understood"
                    : "the server could not answer; if it happens again, tell whoever runs this server";
        };
    }
}
