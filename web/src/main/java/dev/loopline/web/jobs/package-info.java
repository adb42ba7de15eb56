/**
 * Long work (evaluations, comparisons) as jobs: started with an id at once, run one at a time in the background,
 * polled for state, progress and the stage being worked on, cancelled on request (the application layer stops at
 * its next unit of work), and holding their result or their error until fetched. Each job is recorded in the store
 * ({@code JobStore}): its state and result, and a finished job's map layers, gzip-compressed, for the newest
 * {@value dev.loopline.web.jobs.JobService#STORED_LAYERS_KEPT} jobs; so a result can still be read and drawn after
 * a restart, and a job a stop interrupted shows as failed.
 */
package dev.loopline.web.jobs;
