package dev.loopline.planner.sample;

import java.util.List;

/**
 * A sample proposal ready to write: stop entries are either {@code existing} ({@code feed:stop} ids that survive
 * the merge) or new stops (name and plane position) placed beside a generated street inside a border gap.
 */
record ProposalDraft(ProposalPlan plan, List<Entry> stops, double meters, List<String> districtsCrossed) {
  record Entry(String existing, String newName, String newNameEn, Xy position, int district) {}
}
