package dev.loopline.archfixture.planner.report;

/** Planted violation: a report writes to a database. */
public class SeesJdbc {
  public Object use(java.sql.Connection c) throws java.sql.SQLException {
    return c.createStatement();
  }
}
