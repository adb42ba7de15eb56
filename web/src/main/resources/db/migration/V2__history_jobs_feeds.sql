-- One migration set for H2 and PostgreSQL: portable types only (VARCHAR, TEXT, BOOLEAN, INTEGER,
-- TIMESTAMP WITH TIME ZONE); ids come from the application.

-- Who may see a proposal: the team of the planner who created it; shared ones are seen by every planner and
-- operator. Proposals imported from files (no team) are shared.
ALTER TABLE proposal ADD COLUMN team VARCHAR(100);
ALTER TABLE proposal ADD COLUMN shared BOOLEAN DEFAULT TRUE NOT NULL;

-- Every saved state of every proposal, oldest first: created, updated, deleted (body null), shared, unshared.
CREATE TABLE proposal_version (
  proposal_id VARCHAR(40)  NOT NULL,
  version     INTEGER      NOT NULL,
  action      VARCHAR(10)  NOT NULL,
  name        VARCHAR(400),
  body        TEXT,
  author      VARCHAR(100) NOT NULL,
  team        VARCHAR(100),
  shared      BOOLEAN      NOT NULL,
  saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (proposal_id, version)
);

-- Evaluations and comparisons: the request, where they stand, and the result once done. A job found QUEUED or
-- RUNNING when the server starts was interrupted by a stop and is marked FAILED.
CREATE TABLE job (
  id           VARCHAR(40)  NOT NULL PRIMARY KEY,
  kind         VARCHAR(20)  NOT NULL,
  state        VARCHAR(10)  NOT NULL,
  owner        VARCHAR(100),
  request      TEXT,
  result       TEXT,
  error        VARCHAR(2000),
  error_field  VARCHAR(100),
  error_status INTEGER,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at  TIMESTAMP WITH TIME ZONE
);

-- The district feeds a server was started with, each version once (by content hash), and the merge reports.
CREATE TABLE feed_version (
  feed_id     VARCHAR(100) NOT NULL,
  sha256      VARCHAR(64)  NOT NULL,
  path        VARCHAR(1000) NOT NULL,
  version     VARCHAR(200),
  notices     TEXT,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (feed_id, sha256)
);

CREATE TABLE merge_report (
  sha256      VARCHAR(64)  NOT NULL PRIMARY KEY,
  report      TEXT         NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
