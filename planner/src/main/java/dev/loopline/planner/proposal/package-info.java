/**
 * Cross-border bus line proposals: what a planner draws ({@link dev.loopline.planner.proposal.Proposal}, read from
 * YAML or JSON by {@link dev.loopline.planner.proposal.ProposalReader}), and how it is turned into service that the
 * rest of Loopline can score — stops placed on the street network, the line routed along drivable roads, a
 * timetable built together with its vehicle blocks ({@link dev.loopline.planner.proposal.Timetabler}, the fleet
 * being the blocks) and a scenario copy of the unified feed with
 * the new trips ({@link dev.loopline.planner.proposal.ScenarioBuilder}). The baseline feed is never modified.
 */
package dev.loopline.planner.proposal;
