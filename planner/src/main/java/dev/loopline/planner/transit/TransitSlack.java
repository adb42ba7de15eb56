package dev.loopline.planner.transit;

import org.opentripplanner.raptor.spi.RaptorSlackProvider;

/**
 * Slack: margins of time Raptor adds so that connections are realistic. A rider cannot board the very second
 * they reach a stop, and a connection planned to the second is missed in practice.
 *
 * <ul>
 *   <li>board slack: added before every boarding (time to reach the door, buy a ticket);</li>
 *   <li>alight slack: added after every alighting (time to get off);</li>
 *   <li>transfer slack: added once more before every boarding after the first (a safety margin against
 *       delays, so "change with 0 minutes" is never proposed).</li>
 * </ul>
 * Rail stations are larger (platform access), so rail gets its own board and alight slack; see
 * {@link TripPattern#slackIndex()}.
 *
 * @param busBoardSeconds    board slack for buses
 * @param railBoardSeconds   board slack for rail
 * @param busAlightSeconds   alight slack for buses
 * @param railAlightSeconds  alight slack for rail
 * @param transferSeconds    transfer slack
 */
public record TransitSlack(int busBoardSeconds, int railBoardSeconds, int busAlightSeconds, int railAlightSeconds,
                           int transferSeconds) implements RaptorSlackProvider {

  /** No board or alight slack, one minute of transfer slack. */
  public static final TransitSlack DEFAULTS = new TransitSlack(0, 0, 0, 0, 60);

  public TransitSlack {
    if (busBoardSeconds < 0 || railBoardSeconds < 0 || busAlightSeconds < 0 || railAlightSeconds < 0
        || transferSeconds < 0) {
      throw new IllegalArgumentException("slack must not be negative");
    }
  }

  @Override
  public int transferSlack() {
    return transferSeconds;
  }

  @Override
  public int boardSlack(int slackIndex) {
    return slackIndex == TripPattern.SLACK_RAIL ? railBoardSeconds : busBoardSeconds;
  }

  @Override
  public int alightSlack(int slackIndex) {
    return slackIndex == TripPattern.SLACK_RAIL ? railAlightSeconds : busAlightSeconds;
  }
}
