/**
 * Door-to-door trip planning and travel times on a built {@link dev.loopline.planner.network.Network}.
 *
 * <ul>
 *   <li>{@link dev.loopline.planner.routing.TripPlanner}: a resident's question ("from here to there at 8") →
 *   {@link dev.loopline.planner.routing.PlanResult}: itineraries with walks on the streets, rides with routes,
 *   stops, times, geometry, fare and districts; or the reason there are none.</li>
 *   <li>{@link dev.loopline.planner.routing.BatchPlanner}: thousands of such questions from a CSV, earliest
 *   arrival each, on all cores.</li>
 *   <li>{@link dev.loopline.planner.routing.TravelTimeSearch}: accessibility's engine, travel times from an
 *   origin to every stop for every departure minute of a window.</li>
 * </ul>
 * Access and egress ({@link dev.loopline.planner.routing.StopAccess}) come from walk trees on the street graph;
 * the transit part is OTP Raptor over the date's {@link dev.loopline.planner.transit.TransitLayer}.
 */
package dev.loopline.planner.routing;
