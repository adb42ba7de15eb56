package dev.loopline.planner.sample;

/** What kind of place a town is, which decides how dense its streets are and who lives or works there. */
public enum TownKind {
  /** A district centre or suburb: a full street grid, residents and jobs. */
  URBAN,
  /** An industrial park: arterials and big blocks, many jobs, few residents. */
  INDUSTRIAL,
  /** A populated border area that no bus serves (the problem proposals fix): streets, residents, no stops. */
  GAP,
  /** A rural village: a few lanes and one road to the nearest town. */
  VILLAGE
}
