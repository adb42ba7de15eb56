/**
 * Long work (evaluations, comparisons) as jobs: started with an id at once, run one at a time in the background,
 * polled for state, progress and the stage being worked on, cancelled on request (the application layer stops at
 * its next unit of work), and holding their result or their error until fetched. Jobs live in memory: a restart
 * forgets them (their inputs, the proposals, are stored).
 */
package dev.loopline.web.jobs;
