package dev.loopline.planner.progress;

/** Long work stopped because its {@link ProgressListener} asked to cancel; nothing was written. */
public final class OperationCancelledException extends RuntimeException {
  public OperationCancelledException(String stage) {
    super("cancelled during " + stage);
  }
}
