-- Proposals as the planners wrote them: the JSON document (the same fields as the YAML proposal format), by id.
CREATE TABLE proposal (
  id         VARCHAR(40)      NOT NULL PRIMARY KEY,
  name       VARCHAR(400)     NOT NULL,
  body       VARCHAR(1000000) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
