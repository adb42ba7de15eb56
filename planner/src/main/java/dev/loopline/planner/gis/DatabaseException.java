package dev.loopline.planner.gis;

/**
 * A database refused or failed an export: unreachable server, no PostGIS, a schema that is not Loopline's to
 * replace. The message is one sentence a user can act on; nothing was changed in the database.
 */
public final class DatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatabaseException(String message) {
    super(message);
  }

  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
