package io.executionauditor.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * A page's request that cannot be bound (an id that is not a number, a missing form field) is a 400 page, not Spring
 * Boot's problem+json in a browser nor a 500. After {@link WebErrors}, which answers uploads it cannot read.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@ControllerAdvice(basePackages = "io.executionauditor.web.pages")
class PageErrors {
    @ExceptionHandler(TypeMismatchException.class)
    Object mismatch(TypeMismatchException e, HttpServletRequest request) {
        String name = e.getPropertyName() == null ? "a parameter" : e.getPropertyName();
        return badRequest(request, name + " \"" + e.getValue() + "\" is not valid");
    }

    @ExceptionHandler({ServletRequestBindingException.class, MissingServletRequestPartException.class,
        HttpMessageNotReadableException.class})
    Object unbound(Exception e, HttpServletRequest request) {
        return badRequest(request, "the form is incomplete or not what this page takes");
    }

    private static Object badRequest(HttpServletRequest request, String detail) {
        return WebErrors.answer(request, HttpStatus.BAD_REQUEST, "Bad request", detail);
    }
}
