package dev.loopline.planner.cli;

import dev.loopline.planner.routing.DistrictName;
import dev.loopline.planner.routing.LegMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words around the names in a printed itinerary (headers, "walk", "wait", mode names, units), in the resident's
 * language: {@code --lang zh} prints them in Chinese, {@code --lang en} in English. Stop, route and operator names
 * are translated separately (from the feed's translations.txt); these are Loopline's own words.
 */
enum TripLabels {
  EN(Locale.ENGLISH, "EEE yyyy-MM-dd HH:mm"),
  ZH(Locale.CHINESE, "yyyy-MM-dd EEE HH:mm");

  private final DateTimeFormatter day;

  TripLabels(Locale locale, String dayPattern) {
    this.day = DateTimeFormatter.ofPattern(dayPattern, locale);
  }

  /** The labels of a {@code --lang} value ({@code zh} or {@code en}; anything else is refused before printing). */
  static TripLabels of(String lang) {
    return "zh".equals(lang) ? ZH : EN;
  }

  DateTimeFormatter day() {
    return day;
  }

  String header(String from, String to, boolean arriveBy, String day) {
    return this == ZH ? "从 " + from + " 到 " + to + "，" + day + (arriveBy ? " 前到达" : " 出发")
        : "From " + from + " to " + to + ", " + (arriveBy ? "arriving by " : "leaving ") + day;
  }

  String noItinerary(String status, String message) {
    return this == ZH ? "没有行程（" + status + "）：" + message : "No itinerary (" + status + "): " + message;
  }

  String walkOnly() {
    return this == ZH ? "仅步行" : "walk only";
  }

  String transfers(int n) {
    if (this == ZH) {
      return n == 0 ? "无换乘" : "换乘 " + n + " 次";
    }
    return n == 0 ? "no transfer" : n + (n == 1 ? " transfer" : " transfers");
  }

  /** The summary after the clock times: "26 min, no transfer, walk 440 m, wait 5 min, fare 2 CNY". */
  String summary(String duration, String transfers, String walk, String wait, String fare) {
    String sep = this == ZH ? "，" : ", ";
    StringBuilder b = new StringBuilder(duration).append(sep).append(transfers).append(sep)
        .append(this == ZH ? "步行 " : "walk ").append(walk);
    if (wait != null) {
      b.append(sep).append(this == ZH ? "等候 " : "wait ").append(wait);
    }
    if (fare != null) {
      b.append(sep).append(this == ZH ? "票价 " : "fare ").append(fare);
    }
    return b.toString();
  }

  String districts() {
    return this == ZH ? "途经区县: " : "districts: ";
  }

  /** A district's name in this language; in English its own name when the districts file gives no English one. */
  String district(DistrictName d) {
    return this == EN && d.nameEn() != null && !d.nameEn().isBlank() ? d.nameEn() : d.name();
  }

  String waitAt(String duration, String stop) {
    return this == ZH ? "在 " + stop + " 等候 " + duration : "wait " + duration + " at " + stop;
  }

  String towards(String headsign) {
    return this == ZH ? " 开往 " + headsign : " towards " + headsign;
  }

  String operator(String operator) {
    return this == ZH ? "（" + operator + "）" : " (" + operator + ")";
  }

  String ride(String board, int stops, String alight, String time, boolean estimated) {
    if (this == ZH) {
      return "在 " + board + " 上车，乘 " + stops + " 站，在 " + alight + " 下车 " + time
          + (estimated ? "（时间为估算）" : "");
    }
    return "board at " + board + ", " + stops + " stop" + (stops == 1 ? "" : "s") + ", alight at " + alight + " "
        + time + (estimated ? " (times estimated)" : "");
  }

  String walk(String distance, String duration, String to, boolean offStreet) {
    if (this == ZH) {
      return "步行 " + distance + "（" + duration + "）到 " + to
          + (offStreet ? "，部分路段不在已测绘的街道上（按直线估算距离）" : "");
    }
    return "walk " + distance + " (" + duration + ") to " + to
        + (offStreet ? ", partly off the mapped streets (straight line, distance estimated)" : "");
  }

  String destination() {
    return this == ZH ? "目的地" : "destination";
  }

  String arrive() {
    return this == ZH ? "到达" : "arrive";
  }

  /** What riders call the vehicle: "metro" (地铁), not GTFS's "SUBWAY". */
  String mode(LegMode mode) {
    if (this == ZH) {
      return switch (mode) {
        case WALK -> "步行";
        case BUS -> "公交";
        case TRAM -> "有轨电车";
        case SUBWAY -> "地铁";
        case RAIL -> "铁路";
        case FERRY -> "轮渡";
        case CABLE_CAR -> "缆车";
        case GONDOLA -> "索道";
        case FUNICULAR -> "缆索铁路";
        case TROLLEYBUS -> "无轨电车";
        case MONORAIL -> "单轨";
      };
    }
    return switch (mode) {
      case SUBWAY -> "metro";
      case CABLE_CAR -> "cable car";
      default -> mode.name().toLowerCase(Locale.ROOT);
    };
  }

  /** Minutes ("<1 min", "26 min", "1 h 5 min"), rounded to the nearest minute. */
  String minutes(long seconds) {
    if (seconds > 0 && seconds < 30) {
      return this == ZH ? "不到 1 分钟" : "<1 min";
    }
    long m = Math.round(seconds / 60.0);
    if (this == ZH) {
      return m < 60 ? m + " 分钟" : (m / 60) + " 小时 " + (m % 60) + " 分钟";
    }
    return m < 60 ? m + " min" : (m / 60) + " h " + (m % 60) + " min";
  }

  String meters(double m) {
    if (this == ZH) {
      return m >= 1000 ? String.format(Locale.ROOT, "%.1f 公里", m / 1000) : String.format(Locale.ROOT, "%.0f 米", m);
    }
    return m >= 1000 ? String.format(Locale.ROOT, "%.1f km", m / 1000) : String.format(Locale.ROOT, "%.0f m", m);
  }
}
