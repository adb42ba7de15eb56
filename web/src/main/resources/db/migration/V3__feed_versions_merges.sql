-- Feed versions and merge results as operators keep them. V2's two tables were never written (the feeds were read
-- from files at each start), so they are replaced by ones that record who, when, what file and its validation.
DROP TABLE feed_version;
DROP TABLE merge_report;

-- Every version of every district feed, numbered per feed in the order recorded: the feeds a server was started
-- with ('server', location is their file) and the zips operators uploaded ('upload', kept in the store's feeds
-- folder under their SHA-256). A content already recorded for a feed is not recorded again.
CREATE TABLE feed_version (
  feed_id     VARCHAR(100)  NOT NULL,
  version     INTEGER       NOT NULL,
  sha256      VARCHAR(64)   NOT NULL,
  file_name   VARCHAR(400)  NOT NULL,
  size_bytes  BIGINT        NOT NULL,
  origin      VARCHAR(10)   NOT NULL,
  location    VARCHAR(2000),
  crs         VARCHAR(10)   NOT NULL,
  encoding    VARCHAR(40),
  author      VARCHAR(100)  NOT NULL,
  errors      INTEGER       NOT NULL,
  warnings    INTEGER       NOT NULL,
  infos       INTEGER       NOT NULL,
  notices     TEXT          NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (feed_id, version),
  CONSTRAINT feed_version_content UNIQUE (feed_id, sha256)
);

-- Every merge: the report 'merge --report' writes, the feed versions merged (JSON list of {feedId, version,
-- sha256}) and the unified zip's SHA-256 (kept in the feeds folder; null for the report a server was started with).
CREATE TABLE merge_report (
  id          INTEGER       NOT NULL PRIMARY KEY,
  origin      VARCHAR(10)   NOT NULL,
  author      VARCHAR(100)  NOT NULL,
  repair      BOOLEAN       NOT NULL,
  inputs      TEXT          NOT NULL,
  unified_sha256 VARCHAR(64),
  report_sha256  VARCHAR(64) NOT NULL,
  report      TEXT          NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
