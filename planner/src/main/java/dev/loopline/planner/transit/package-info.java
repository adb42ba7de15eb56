/**
 * The transit layer and Loopline's implementation of OTP Raptor's SPI: the timetable of one service date in the
 * form Raptor routes on, and the adapters Raptor calls during a search.
 *
 * <h2>Terms</h2>
 * <dl>
 *   <dt>stop index</dt>
 *   <dd>Raptor works on dense integers, not ids. {@link dev.loopline.planner.transit.TransitLayer} numbers the
 *   feed's boardable stops with coordinates in file order; the numbering depends on the feed only, not on the
 *   date.</dd>
 *   <dt>run ({@link dev.loopline.planner.transit.ScheduledTrip})</dt>
 *   <dd>One vehicle journey on the date, with a time at every stop: a GTFS trip whose service runs, or one
 *   departure generated from {@code frequencies.txt}, with times the feed left empty interpolated.</dd>
 *   <dt>pattern ({@link dev.loopline.planner.transit.TripPattern})</dt>
 *   <dd>The stop sequence shared by a group of runs of one route, with where riders may board and alight. Raptor
 *   scans a pattern stop by stop ("which is the first vehicle I can still catch here?").</dd>
 *   <dt>trip schedule, timetable ({@link dev.loopline.planner.transit.TripSchedule},
 *   {@link dev.loopline.planner.transit.PatternTimetable})</dt>
 *   <dd>A run's times as Raptor reads them, and the runs of a pattern sorted so that a later run never departs or
 *   arrives earlier at any stop. Runs that overtake are split into another pattern
 *   ({@link dev.loopline.planner.transit.PatternGrouper}).</dd>
 *   <dt>boarding, alighting</dt>
 *   <dd>Getting on and off a vehicle. Raptor finds the boarding with a trip search
 *   ({@link dev.loopline.planner.transit.BoardingSearch}, or {@link dev.loopline.planner.transit.AlightingSearch}
 *   when searching backwards in time).</dd>
 *   <dt>transfer</dt>
 *   <dd>In Raptor's vocabulary, a walk between two stops after a ride
 *   ({@link dev.loopline.planner.transit.StopTransfers}, priced as
 *   {@link dev.loopline.planner.transit.WalkTransfer}, per request settings in a
 *   {@link dev.loopline.planner.transit.WalkTransferTable}). Changing vehicles at the same stop needs no walk.</dd>
 *   <dt>dominated walk ({@link dev.loopline.planner.transit.DominatedWalks})</dt>
 *   <dd>An access, egress or transfer walk no Pareto-optimal path needs, because another way to board (or to stay
 *   on board) catches the same vehicles sooner and cheaper. The multi-criteria search leaves them out; it finds the
 *   same paths with less work.</dd>
 *   <dt>slack ({@link dev.loopline.planner.transit.TransitSlack})</dt>
 *   <dd>Safety margins: before boarding, after alighting, and an extra margin before every boarding after the
 *   first, so no itinerary relies on a zero-second connection.</dd>
 *   <dt>access, egress ({@link dev.loopline.planner.transit.WalkAccessEgress})</dt>
 *   <dd>The walks from the origin to the first stops and from the last stops to the destination. Raptor starts
 *   from every access stop at once and finishes at every egress stop.</dd>
 *   <dt>generalized cost ({@link dev.loopline.planner.transit.GeneralizedCost})</dt>
 *   <dd>A single number weighing riding, waiting, walking and boarding, Raptor's third criterion besides arrival
 *   time and number of transfers.</dd>
 * </dl>
 *
 * <h2>Split</h2>
 * Like Raptor's own api/spi split: callers use {@link dev.loopline.planner.transit.TransitLayer},
 * {@link dev.loopline.planner.transit.StopTransfers}, {@link dev.loopline.planner.transit.TransitRouter} and the
 * settings records; the SPI implementations (provider, timetables, trip searches, cost, slack) are what Raptor
 * calls. {@link dev.loopline.planner.transit.MinuteByMinuteRaptor} is the one place that uses Raptor's internal
 * classes, to read its state after every departure minute.
 */
package dev.loopline.planner.transit;
