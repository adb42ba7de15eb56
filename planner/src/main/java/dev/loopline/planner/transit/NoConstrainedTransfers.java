package dev.loopline.planner.transit;

import org.opentripplanner.raptor.api.model.RaptorConstrainedTransfer;
import org.opentripplanner.raptor.spi.RaptorBoardOrAlightEvent;
import org.opentripplanner.raptor.spi.RaptorConstrainedBoardingSearch;
import org.opentripplanner.raptor.spi.RaptorPathConstrainedTransferSearch;
import org.opentripplanner.raptor.spi.RaptorTimeTable;

/**
 * Loopline does not model constrained transfers (guaranteed, stay-seated, timed): every change is an ordinary walk
 * plus slack. Raptor still asks for the searches; this answers "none here" so it always uses its regular trip
 * search. Searches run with {@code constrainedTransfers(false)}, so these are not even consulted in practice.
 */
final class NoConstrainedTransfers
    implements RaptorConstrainedBoardingSearch<TripSchedule>, RaptorPathConstrainedTransferSearch<TripSchedule> {
  static final NoConstrainedTransfers INSTANCE = new NoConstrainedTransfers();

  private NoConstrainedTransfers() {}

  @Override
  public boolean transferExistTargetStop(int targetStopPos) {
    return false;
  }

  @Override
  public boolean transferExistSourceStop(int targetStopPos) {
    return false;
  }

  @Override
  public RaptorBoardOrAlightEvent<TripSchedule> find(RaptorTimeTable<TripSchedule> targetTimetable,
                                                     int transferSlack, TripSchedule sourceTrip,
                                                     int sourceStopIndex, int prevTransitArrivalTime,
                                                     int earliestBoardTime) {
    return RaptorBoardOrAlightEvent.empty(earliestBoardTime);
  }

  @Override
  public RaptorConstrainedTransfer findConstrainedTransfer(TripSchedule fromTrip, int fromStopPosition,
                                                           TripSchedule toTrip, int toStopPosition) {
    return null;
  }
}
