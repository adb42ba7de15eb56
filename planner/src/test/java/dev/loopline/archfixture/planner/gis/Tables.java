package dev.loopline.archfixture.planner.gis;

/** Lawful: the GIS tables read scores and write them to a database. */
public class Tables {
  public Object use(java.sql.Connection c) throws java.sql.SQLException {
    new dev.loopline.archfixture.planner.score.Score();
    return c.createStatement();
  }
}
