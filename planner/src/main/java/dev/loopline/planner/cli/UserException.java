package dev.loopline.planner.cli;

/** A failure caused by the user's input or environment, reported as one line without a stack trace. */
public class UserException extends RuntimeException {
  public UserException(String message) {
    super(message);
  }

  public UserException(String message, Throwable cause) {
    super(message, cause);
  }
}
