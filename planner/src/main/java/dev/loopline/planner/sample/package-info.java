/**
 * The synthetic Science City sample: a street network (OSM PBF), six district bus feeds, a rail feed, district
 * polygons, a population grid and sample proposals, all generated from a seed and shaped after the real place.
 *
 * <p>No public GTFS or OSM data of the Western (Chongqing) Science City can be had where Loopline is built and
 * tested, so the planner needs its own stand-in that exercises what real data would: two ridges that only tunnels
 * cross, district operators with colliding ids, twin stops at the borders, a feed in GCJ-02 and one in GBK, and
 * populated border areas that no bus serves. Everything here is invented; every output says so.
 *
 * <p>The pipeline: {@link dev.loopline.planner.sample.Blueprint} (the hand-drawn map at scale 1) &rarr;
 * {@link dev.loopline.planner.sample.Layout} (scaled, with extra towns) &rarr; {@link
 * dev.loopline.planner.sample.StreetBuilder} (roads) &rarr; {@link dev.loopline.planner.sample.BusNetworkBuilder}
 * (lines, stops, twins) &rarr; feeds and files, orchestrated by {@link dev.loopline.planner.sample.SampleGenerator}.
 * Same seed and scale give byte-identical files.
 *
 * <p>{@link dev.loopline.planner.sample.SampleService} is the {@code sample} operation and
 * {@link dev.loopline.planner.sample.SampleWorkspace} prepares the sample for the demo (generate, then the
 * application layer's merge and build). This package sits beside the command line, above the application layer:
 * production code never imports it ({@code PlannerArchitectureTest}).
 */
package dev.loopline.planner.sample;
