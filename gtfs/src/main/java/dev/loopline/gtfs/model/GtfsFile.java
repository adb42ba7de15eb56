package dev.loopline.gtfs.model;

import java.util.List;
import java.util.Set;

/**
 * The files of GTFS schedule that the model interprets, in the order Loopline writes them, each with its columns in
 * the reference's order and the columns the reference requires. The reader uses it to tell known columns from
 * extras and to reject a file that lacks a required column; the writer uses it for column order. One table so that
 * the two can never disagree.
 */
public enum GtfsFile {
  AGENCY("agency.txt", true,
      List.of("agency_id", "agency_name", "agency_url", "agency_timezone", "agency_lang", "agency_phone",
          "agency_fare_url", "agency_email"),
      Set.of("agency_name", "agency_url", "agency_timezone")),
  STOPS("stops.txt", true,
      List.of("stop_id", "stop_code", "stop_name", "stop_desc", "stop_lat", "stop_lon", "zone_id", "stop_url",
          "location_type", "parent_station", "stop_timezone", "wheelchair_boarding", "level_id", "platform_code"),
      Set.of("stop_id")),
  ROUTES("routes.txt", true,
      List.of("route_id", "agency_id", "route_short_name", "route_long_name", "route_desc", "route_type",
          "route_url", "route_color", "route_text_color", "route_sort_order", "continuous_pickup",
          "continuous_drop_off", "network_id"),
      Set.of("route_id", "route_type")),
  TRIPS("trips.txt", true,
      List.of("route_id", "service_id", "trip_id", "trip_headsign", "trip_short_name", "direction_id", "block_id",
          "shape_id", "wheelchair_accessible", "bikes_allowed"),
      Set.of("route_id", "service_id", "trip_id")),
  STOP_TIMES("stop_times.txt", true,
      List.of("trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence", "stop_headsign",
          "pickup_type", "drop_off_type", "continuous_pickup", "continuous_drop_off", "shape_dist_traveled",
          "timepoint"),
      Set.of("trip_id", "stop_id", "stop_sequence")),
  CALENDAR("calendar.txt", false,
      List.of("service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "start_date", "end_date"),
      Set.of("service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "start_date", "end_date")),
  CALENDAR_DATES("calendar_dates.txt", false,
      List.of("service_id", "date", "exception_type"),
      Set.of("service_id", "date", "exception_type")),
  FARE_ATTRIBUTES("fare_attributes.txt", false,
      List.of("fare_id", "price", "currency_type", "payment_method", "transfers", "agency_id", "transfer_duration"),
      Set.of("fare_id", "price", "currency_type", "payment_method", "transfers")),
  FARE_RULES("fare_rules.txt", false,
      List.of("fare_id", "route_id", "origin_id", "destination_id", "contains_id"),
      Set.of("fare_id")),
  SHAPES("shapes.txt", false,
      List.of("shape_id", "shape_pt_lat", "shape_pt_lon", "shape_pt_sequence", "shape_dist_traveled"),
      Set.of("shape_id", "shape_pt_lat", "shape_pt_lon", "shape_pt_sequence")),
  FREQUENCIES("frequencies.txt", false,
      List.of("trip_id", "start_time", "end_time", "headway_secs", "exact_times"),
      Set.of("trip_id", "start_time", "end_time", "headway_secs")),
  TRANSFERS("transfers.txt", false,
      List.of("from_stop_id", "to_stop_id", "from_route_id", "to_route_id", "from_trip_id", "to_trip_id",
          "transfer_type", "min_transfer_time"),
      Set.of("transfer_type")),
  NETWORKS("networks.txt", false,
      List.of("network_id", "network_name"),
      Set.of("network_id")),
  ROUTE_NETWORKS("route_networks.txt", false,
      List.of("network_id", "route_id"),
      Set.of("network_id", "route_id")),
  FEED_INFO("feed_info.txt", false,
      List.of("feed_publisher_name", "feed_publisher_url", "feed_lang", "default_lang", "feed_start_date",
          "feed_end_date", "feed_version", "feed_contact_email", "feed_contact_url"),
      Set.of("feed_publisher_name", "feed_publisher_url", "feed_lang")),
  TRANSLATIONS("translations.txt", false,
      List.of("table_name", "field_name", "language", "translation", "record_id", "record_sub_id", "field_value"),
      Set.of("table_name", "field_name", "language", "translation"));

  private final String fileName;
  private final boolean required;
  private final List<String> columns;
  private final Set<String> requiredColumns;

  GtfsFile(String fileName, boolean required, List<String> columns, Set<String> requiredColumns) {
    this.fileName = fileName;
    this.required = required;
    this.columns = columns;
    this.requiredColumns = requiredColumns;
  }

  /** The file name inside the feed, e.g. {@code stops.txt}. */
  public String fileName() {
    return fileName;
  }

  /**
   * Whether every feed must have this file. calendar.txt and calendar_dates.txt are each optional but at least one
   * of them is required; callers check that pair themselves.
   */
  public boolean required() {
    return required;
  }

  /** The standard columns, in the reference's order. */
  public List<String> columns() {
    return columns;
  }

  /** Columns that must be present in the header (their values may still be conditionally empty). */
  public Set<String> requiredColumns() {
    return requiredColumns;
  }

  public boolean isStandardColumn(String column) {
    return columns.contains(column);
  }

  /** The constant for a file name, or {@code null} when the model does not interpret that file. */
  public static GtfsFile byFileName(String fileName) {
    for (GtfsFile f : values()) {
      if (f.fileName.equals(fileName)) {
        return f;
      }
    }
    return null;
  }
}
