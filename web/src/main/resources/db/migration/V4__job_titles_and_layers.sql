-- What a job scored, in a line its owner recognises in the list of their earlier evaluations ("Line 7 feeder,
-- Beibei loop"); null for jobs recorded before it was kept.
ALTER TABLE job ADD COLUMN title VARCHAR(400);

-- The map layers of finished jobs (GeoJSON FeatureCollections, gzip-compressed, by layer name), so that a result read
-- back after a restart can still be drawn. Only the newest jobs keep theirs (JobService.STORED_LAYERS_KEPT): a
-- layer can be megabytes of cells before compression. BYTEA is PostgreSQL's binary type and an alias in H2.
CREATE TABLE job_layer (
  job_id       VARCHAR(40)  NOT NULL,
  name         VARCHAR(100) NOT NULL,
  geojson_gzip BYTEA        NOT NULL,
  PRIMARY KEY (job_id, name)
);
