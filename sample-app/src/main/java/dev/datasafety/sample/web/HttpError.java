package dev.datasafety.sample.web;

/** A request the server refuses, with the status and a message for the client. */
final class HttpError extends Exception {
  final int status;

  HttpError(int status, String message) {
    super(message);
    this.status = status;
  }

  static HttpError badRequest(String message) {
    return new HttpError(400, message);
  }
}
