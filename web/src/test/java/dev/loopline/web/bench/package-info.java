/**
 * {@code loopline bench web}: the web application measured as a client sees it (HTTP on localhost), beside the
 * planner's benchmarks, whose command line and page writer it reuses. Test sources: the application carries none of it.
 */
package dev.loopline.web.bench;
