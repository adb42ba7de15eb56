package dev.loopline.planner.network;

/**
 * A network directory or build input that cannot be used: missing files, a manifest from another format, an input
 * that does not read. The message is one sentence naming the file, meant for the user as it is.
 */
public class NetworkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NetworkException(String message) {
    super(message);
  }

  public NetworkException(String message, Throwable cause) {
    super(message, cause);
  }
}
