package dev.loopline.planner.app;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user needs to know about an open network before asking it anything: what it is, where, when it runs.
 *
 * @param name             the unified feed's publisher (or the network folder's name)
 * @param nameEn           its English name from {@code translations.txt} (the merge's brand network), or null
 * @param synthetic        true when the feeds say they are synthetic (the generated sample); shown on every page
 * @param bbox             {@code [minLon, minLat, maxLon, maxLat]} of the stops (GeoJSON order)
 * @param timeZone         the agencies' time zone
 * @param firstServiceDate first day with service
 * @param lastServiceDate  last day with service
 * @param typicalDate      the typical weekday evaluations score (see {@code NetworkScoring.defaultDate})
 * @param districts        the districts, empty when the network was built without them
 * @param counts           sizes of the network
 */
public record NetworkSummary(String name, String nameEn, boolean synthetic, double[] bbox, String timeZone,
                             LocalDate firstServiceDate, LocalDate lastServiceDate, LocalDate typicalDate,
                             List<District> districts, Counts counts) {
  public NetworkSummary {
    bbox = bbox.clone();
    districts = List.copyOf(districts);
  }

  /** A district by id with its Chinese and English names. */
  public record District(String id, String name, String nameEn) {}

  /** Sizes: agencies (operators), boardable stops, routes, trips, walking transfers. */
  public record Counts(int agencies, int stops, int routes, int trips, int transfers) {}
}
