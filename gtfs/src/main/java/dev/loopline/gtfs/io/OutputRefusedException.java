package dev.loopline.gtfs.io;

/**
 * An output that Loopline will not write because writing it could destroy data: it would replace a folder holding
 * files Loopline did not write, or overwrite one of the command's own inputs. The message is one sentence for the
 * user naming the option, the path and the way out.
 */
public class OutputRefusedException extends RuntimeException {
  public OutputRefusedException(String message) {
    super(message);
  }
}
