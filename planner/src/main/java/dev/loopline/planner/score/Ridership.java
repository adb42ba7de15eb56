package dev.loopline.planner.score;

/**
 * The boardings estimate of one line (see {@link CostModel#boardingsPerDay}): an estimate from the residents its
 * stops serve and the service it offers, not a forecast from a demand model.
 *
 * @param servedResidents residents within bus walking distance (500 m) of the line's stops
 * @param departuresPerDirection departures per direction on an average operating day
 * @param serviceFactor {@code (departures / reference)^elasticity}: how the line's service scales the reference share
 * @param boardingsPerWeek boardings over the operating days of a representative week
 * @param boardingsPerOperatingDay the week's boardings per operating day
 */
public record Ridership(double servedResidents, double departuresPerDirection, double serviceFactor,
                        double boardingsPerWeek, double boardingsPerOperatingDay) {

  /** A line that runs the same timetable on each of {@code daysPerWeek} days. */
  public static Ridership sameEveryDay(CostModel model, double servedResidents, double departuresPerDirection,
                                       int daysPerWeek) {
    double day = model.boardingsPerDay(servedResidents, departuresPerDirection);
    return new Ridership(servedResidents, departuresPerDirection, model.serviceFactor(departuresPerDirection),
        day * daysPerWeek, day);
  }

  /** A line whose service differs by day: {@code departuresByDay} per direction on each operating day of a week. */
  public static Ridership overWeek(CostModel model, double servedResidents, double[] departuresByDay) {
    double week = 0;
    double departures = 0;
    int days = 0;
    for (double d : departuresByDay) {
      if (d > 0) {
        week += model.boardingsPerDay(servedResidents, d);
        departures += d;
        days++;
      }
    }
    double mean = days == 0 ? 0 : departures / days;
    double perDay = days == 0 ? 0 : week / days;
    double base = model.boardingsPerDay(servedResidents, model.referenceDeparturesPerDay());
    return new Ridership(servedResidents, mean, base > 0 ? perDay / base : model.serviceFactor(mean), week, perDay);
  }
}
