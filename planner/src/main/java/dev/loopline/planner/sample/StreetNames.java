package dev.loopline.planner.sample;

/**
 * Names the street lines of the grid after the town they run through, the way new Chinese districts are named:
 * arterials by direction from the centre ("大学城北路", "大学城东二路", "大学城大道"), minor streets by number
 * ("大学城北三街", "大学城东二支路"), rural roads by the two towns they join with one character of each ("璧青路").
 * Every name has an English form for {@code name:en} and translations.txt.
 */
final class StreetNames {
  private StreetNames() {}

  /**
   * @param horizontal an east-west street (a grid row) rather than a north-south one
   * @param offset     the street's offset from the town centre in grid steps (north or east positive)
   * @param arterial   a major line (every fifth)
   * @return {zh, en}
   */
  static String[] grid(Town town, boolean horizontal, int offset, boolean arterial) {
    String t = town.zh();
    String te = town.en();
    if (arterial) {
      int a = Math.round(offset / 5.0f);
      if (a == 0) {
        return horizontal ? new String[] {t + "大道", te + " Avenue"} : new String[] {t + "中路", te + " Middle Road"};
      }
      String[] dir = direction(horizontal, a);
      int n = Math.abs(a);
      String zhNum = n == 1 ? "" : PlaceNames.cn(n);
      String enNum = n == 1 ? "" : " " + PlaceNames.ordinal(n);
      return new String[] {t + dir[0] + zhNum + "路", te + " " + dir[1] + enNum + " Road"};
    }
    if (offset == 0) {
      return horizontal ? new String[] {t + "中街", te + " Central Street"}
          : new String[] {t + "中支路", te + " Central Branch Road"};
    }
    String[] dir = direction(horizontal, offset);
    int n = Math.abs(offset);
    if (horizontal) {
      return new String[] {t + dir[0] + PlaceNames.cn(n) + "街", te + " " + dir[1] + " " + PlaceNames.ordinal(n)
          + " Street"};
    }
    return new String[] {t + dir[0] + PlaceNames.cn(n) + "支路", te + " " + dir[1] + " " + PlaceNames.ordinal(n)
        + " Branch Road"};
  }

  private static String[] direction(boolean horizontal, int sign) {
    if (horizontal) {
      return sign > 0 ? new String[] {"北", "North"} : new String[] {"南", "South"};
    }
    return sign > 0 ? new String[] {"东", "East"} : new String[] {"西", "West"};
  }

  /** A rural road joining two towns: first character of each plus 路 ("璧青路"), or the town's own road. */
  static String[] rural(Town a, Town b) {
    String za = a.zh().substring(0, 1);
    String zb = b.zh().substring(0, 1);
    if (za.equals(zb)) {
      return new String[] {a.zh() + "公路", a.en() + " Highway"};
    }
    return new String[] {za + zb + "路", a.en() + "-" + b.en() + " Road"};
  }
}
