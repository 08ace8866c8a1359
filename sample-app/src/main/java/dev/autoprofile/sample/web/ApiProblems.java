package dev.autoprofile.sample.web;

import dev.autoprofile.sample.users.UserNotFoundException;
import dev.autoprofile.sample.users.UsernameTakenException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error as an RFC 9457 problem detail. Client mistakes are 4xx with what to fix; field
 * errors are listed under {@code errors}; no response carries a stack trace or an exception message
 * from a library.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  /** One invalid field: {@code profile.displayName}, {@code must not be blank}. */
  public record FieldProblem(String field, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
        .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
        .toList();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
        errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem;
    if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = path(mismatch);
      problem = ProblemDetail.forStatusAndDetail(status, "The field '" + field + "' has the wrong type");
      problem.setProperty("errors", List.of(new FieldProblem(field, "must be " + expected(mismatch.getTargetType()))));
    } else if (ex.getCause() instanceof StreamReadException) {
      problem = ProblemDetail.forStatusAndDetail(status, "The request body is not well-formed JSON");
    } else {
      problem = ProblemDetail.forStatusAndDetail(status,
          "The request body is missing or is not the JSON object this endpoint takes");
    }
    problem.setTitle("Unreadable request body");
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  @ExceptionHandler
  ProblemDetail userNotFound(UserNotFoundException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle("User not found");
    return problem;
  }

  @ExceptionHandler
  ProblemDetail usernameTaken(UsernameTakenException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Username taken");
    problem.setProperty("errors", List.of(new FieldProblem("username", "is taken")));
    return problem;
  }

  /** A unique key hit between our check and the insert: another request took the username first. */
  @ExceptionHandler
  ProblemDetail conflict(DataIntegrityViolationException ex) {
    LOG.info("Request conflicts with stored data: {}", ex.getMostSpecificCause().getMessage());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "The change conflicts with data stored meanwhile (a username taken at the same time?)");
    problem.setTitle("Conflict");
    return problem;
  }

  /** {@code ?sort=} naming something a user does not have. */
  @ExceptionHandler
  ProblemDetail unknownSortProperty(PropertyReferenceException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Cannot sort by '" + ex.getPropertyName() + "'");
    problem.setTitle("Invalid request");
    return problem;
  }

  /** Our bug, not the client's: logged in full, answered without details. */
  @ExceptionHandler
  ProblemDetail unexpected(Exception ex) {
    LOG.error("Unexpected error", ex);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side");
    problem.setTitle("Internal error");
    return problem;
  }

  private static String path(JacksonException ex) {
    return ex.getPath().stream()
        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    return type != null && type.isRecord() ? "an object" : "of another type";
  }
}
