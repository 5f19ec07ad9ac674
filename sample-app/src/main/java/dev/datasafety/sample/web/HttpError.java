package dev.datasafety.sample.web;

/**
 * A request the server refuses, with the status and a message for the person; for bad input in
 * a form, the name of the field the message is about, else null.
 */
final class HttpError extends Exception {
  final int status;
  final String field;
  /** For 405: the methods allowed, for the {@code Allow} header. */
  final String allow;

  HttpError(int status, String message) {
    this(status, message, null, null);
  }

  private HttpError(int status, String message, String field, String allow) {
    super(message);
    this.status = status;
    this.field = field;
    this.allow = allow;
  }

  static HttpError methodNotAllowed(String method, String allowed) {
    return new HttpError(405, method + " is not allowed here; use " + allowed + ".", null, allowed);
  }

  static HttpError badRequest(String message) {
    return new HttpError(400, message);
  }

  /** Bad input in one field of a form. */
  static HttpError invalid(String field, String message) {
    return new HttpError(400, message, field, null);
  }

  static HttpError conflict(String field, String message) {
    return new HttpError(409, message, field, null);
  }
}
