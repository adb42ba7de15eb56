package dev.loopline.gtfs.model;

import java.util.Map;

/** One row of {@code route_networks.txt}: assigns a route to a network. */
public record RouteNetwork(String networkId, String routeId, Map<String, String> extras) {
  public RouteNetwork {
    extras = Extras.copy(extras);
  }
}
