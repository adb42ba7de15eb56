package dev.loopline.web.store;

import dev.loopline.gtfs.testing.TestPostgis;

/** The store on a real PostgreSQL (with PostGIS), as {@code serve --db jdbc:postgresql://...} keeps it. */
class PostgresStoreTest extends StoreContract {
  private static int n;

  @Override
  String freshUrl() {
    return TestPostgis.freshDatabase("loopline_test_store_" + (++n), true);
  }
}
