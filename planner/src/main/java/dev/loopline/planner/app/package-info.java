/**
 * The application layer: one service per user operation (validate, merge, build, plan, evaluate, export) with typed
 * request and result records, progress through {@link dev.loopline.planner.progress.ProgressListener} and typed
 * errors. The command line and the web are thin adapters over it. See {@code package.md} beside this file for the
 * operations, the errors and why the layer exists.
 */
package dev.loopline.planner.app;
