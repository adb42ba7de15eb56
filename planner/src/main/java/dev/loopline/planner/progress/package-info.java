/**
 * Progress of long work, as seen by the code doing it: a {@link dev.loopline.planner.progress.ProgressListener}
 * receives named stages and unit counts, a {@link dev.loopline.planner.progress.ProgressCounter} counts one stage
 * for parallel workers. A low package on purpose: the network builder, the scorers and the application services all
 * report through it, while how progress is shown (a terminal bar, a web job) stays with the adapters.
 */
package dev.loopline.planner.progress;
