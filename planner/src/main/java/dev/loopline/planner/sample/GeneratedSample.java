package dev.loopline.planner.sample;

import dev.loopline.gtfs.model.Feed;
import java.util.List;
import java.util.Map;

/**
 * Everything the generator made, in memory, before it is written: the renderer draws from it and the tests compare
 * the written files against it (for example the WGS-84 stop positions behind the GCJ-02 feed).
 *
 * @param feeds        feed id ({@code gaoxin} ... {@code bishan}, {@code rail}) to feed, WGS-84, in write order
 * @param proposals    new cross-border lines
 * @param changes      proposals that change existing district lines (headway, withdrawal, merge, reroute)
 * @param publishedIds per district ({@link DistrictSpec#ALL} order): site (edge id) to the stop id it got
 */
public record GeneratedSample(SampleOptions options, Layout layout, DistrictMap districts, Streets streets,
                              BusNetworkBuilder.Result network, Map<String, Feed> feeds, PopulationGrid population,
                              List<ProposalDraft> proposals, List<ChangeProposalBuilder.ChangeDraft> changes,
                              List<Map<Integer, String>> publishedIds) {}
