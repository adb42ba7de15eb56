package dev.loopline.planner.sample;

import java.util.List;
import java.util.Set;

/**
 * Names bus stops the way Chongqing's are named: after a metro station nearby ("轨道大学城站"), a town centre
 * ("西永"), the cross street ("大学城东路口"), the street and the cross street ("科园一路大学城东路口"), or the
 * nearest village; unique within the district that publishes the stop. Each name has an English form.
 */
final class StopNamer {
  private final Layout layout;
  private final Streets streets;

  StopNamer(Layout layout, Streets streets) {
    this.layout = layout;
    this.streets = streets;
  }

  /** A name {zh, en} for a stop beside {@code e} at {@code pos}, not yet in {@code used} (which it is added to). */
  String[] name(StreetEdge e, Xy pos, List<StreetEdge> crossStreets, Set<String> used) {
    for (RailLine l : layout.railLines) {
      for (RailStation st : l.stations()) {
        if (pos.distanceTo(st.position()) < 300) {
          String[] n = {"轨道" + st.zh() + "站", st.en() + " Metro Station"};
          if (used.add(n[0])) {
            return n;
          }
        }
      }
    }
    Town place = null;
    double placeD = Double.POSITIVE_INFINITY;
    for (Town t : layout.towns) {
      double d = pos.distanceTo(t.centre());
      if (t.kind() != TownKind.VILLAGE && d < 350 && used.add(t.zh())) {
        return new String[] {t.zh(), t.en()};
      }
      if (d < placeD) {
        placeD = d;
        place = t;
      }
    }
    StreetEdge cross = crossStreets.isEmpty() ? null : crossStreets.get(0);
    if (cross != null) {
      String[] n = {junction(cross.zh()), cross.en() + " Jct"};
      if (used.add(n[0])) {
        return n;
      }
      if (e.zh() != null && !e.zh().equals(cross.zh())) {
        n = new String[] {e.zh() + junction(withoutCommonPrefix(e.zh(), cross.zh())), e.en() + " & " + cross.en()};
        if (used.add(n[0])) {
          return n;
        }
      }
    }
    if (place != null && placeD < 1500 && used.add(place.zh())) {
      return new String[] {place.zh(), place.en()};
    }
    String baseZh = e.zh() != null ? e.zh() : place.zh();
    String baseEn = e.en() != null ? e.en() : place.en();
    for (int k = 1; ; k++) {
      String zh = baseZh + PlaceNames.cn(Math.min(k, 99)) + (k > 99 ? String.valueOf(k) : "") + "号";
      if (used.add(zh)) {
        return new String[] {zh, baseEn + " No. " + k};
      }
    }
  }

  /** "沙坪坝北二街" after "沙坪坝中路" becomes "北二街": the shared town name is said once. */
  static String withoutCommonPrefix(String street, String cross) {
    int n = 0;
    while (n < street.length() && n < cross.length() && street.charAt(n) == cross.charAt(n)) {
      n++;
    }
    return n >= 2 && n < cross.length() - 1 ? cross.substring(n) : cross;
  }

  /** "大学城东路" becomes "大学城东路口", "科学大道" becomes "科学大道口". */
  private static String junction(String street) {
    return street + "口";
  }
}
