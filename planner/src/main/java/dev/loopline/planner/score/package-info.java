/**
 * What a network or a proposal buys and costs: coverage ({@link dev.loopline.planner.score.Coverage}), accessibility
 * to jobs ({@link dev.loopline.planner.score.Accessibility}), loops closed around rail
 * ({@link dev.loopline.planner.score.LoopClosure}), fleet and operating cost
 * ({@link dev.loopline.planner.score.OperatingCost} from a {@link dev.loopline.planner.score.CostModel}) and who
 * pays it ({@link dev.loopline.planner.score.SubsidySplit}). Every figure is computed for the baseline and the
 * scenario, so that planners negotiate from the same numbers. The methods are written up in docs/methods.md.
 */
package dev.loopline.planner.score;
