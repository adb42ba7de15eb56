/**
 * Benchmarks behind {@code loopline bench <area>}: timing with warm-up and medians ({@link
 * dev.loopline.planner.bench.Measurement}), heap measurement, a description of the machine, and the code that
 * writes results into one section of docs/benchmarks.md ({@link dev.loopline.planner.bench.BenchmarksDoc}). Each
 * area has its own benchmark class (GTFS: {@link dev.loopline.planner.bench.GtfsBenchmark}). Speed and memory
 * targets live here, never in unit tests, because timings on a shared machine are not pass/fail facts.
 */
package dev.loopline.planner.bench;
