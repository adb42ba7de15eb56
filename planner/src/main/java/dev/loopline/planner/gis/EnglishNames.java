package dev.loopline.planner.gis;

import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;

/**
 * The English names the layers carry beside the feed's own (the {@code *_en} columns), so that a map in English
 * shows English stops, lines and operators. Each method gives {@code null} where the feed has no English.
 */
public interface EnglishNames {
  /** Names nowhere translated: every {@code *_en} column is null. */
  EnglishNames NONE = new EnglishNames() {
    @Override
    public String stop(Stop stop) {
      return null;
    }

    @Override
    public String routeLongName(Route route) {
      return null;
    }

    @Override
    public String agency(Agency agency) {
      return null;
    }
  };

  /** The stop's name in English. */
  String stop(Stop stop);

  /** The route's long name in English. */
  String routeLongName(Route route);

  /** The operator's (agency's) name in English. */
  String agency(Agency agency);
}
