package dev.loopline.planner.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * One of the six districts and the bus operator that publishes its feed: names, how the feed is written (datum and
 * text encoding, so that the import options get exercised) and its own calendar. Each operator's calendar differs
 * on purpose, as real districts' do; all cover 2026-09-01 to 2027-06-30.
 *
 * @param crs           {@code wgs84} or {@code gcj02}: the datum the feed's coordinates are written in
 * @param serviceStart  first date of the regular services
 * @param serviceEnd    last date of the regular services
 * @param splitWeekend  Saturday and Sunday are separate services (else one weekend service)
 * @param holidays      weekdays run on the weekend timetable (calendar_dates: removed from the weekday service,
 *                      added to the weekend one)
 */
public record DistrictSpec(String id, String zh, String en, String agencyZh, String agencyEn, String crs,
                           Charset encoding, LocalDate serviceStart, LocalDate serviceEnd, boolean splitWeekend,
                           List<LocalDate> holidays) {
  public DistrictSpec {
    holidays = List.copyOf(holidays);
  }

  /** The dates both operators of a cross-border line run it on (identical in both feeds, so they can be deduplicated). */
  public static final LocalDate JOINT_START = LocalDate.of(2026, 9, 1);
  public static final LocalDate JOINT_END = LocalDate.of(2027, 6, 30);
  public static final List<LocalDate> JOINT_HOLIDAYS = List.of(LocalDate.of(2027, 1, 1));

  private static final Charset GBK = Charset.forName("GBK");

  private static List<LocalDate> range(String from, String to) {
    return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).toList();
  }

  private static List<LocalDate> concat(List<LocalDate> a, List<LocalDate> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  /** The six districts in a fixed order (the core first). */
  public static final List<DistrictSpec> ALL = List.of(
      new DistrictSpec("gaoxin", "重庆高新区", "Chongqing High-tech Zone", "高新区公交（合成样本）",
          "Gaoxin Bus (synthetic sample)", "wgs84", StandardCharsets.UTF_8, LocalDate.of(2026, 9, 1),
          LocalDate.of(2027, 6, 30), false, List.of(LocalDate.of(2027, 1, 1))),
      new DistrictSpec("shapingba", "沙坪坝区", "Shapingba District", "沙坪坝公交（合成样本）",
          "Shapingba Bus (synthetic sample)", "wgs84", StandardCharsets.UTF_8, LocalDate.of(2026, 7, 1),
          LocalDate.of(2027, 8, 31), false,
          concat(range("2026-10-01", "2026-10-07"), List.of(LocalDate.of(2027, 1, 1)))),
      new DistrictSpec("jiulongpo", "九龙坡区", "Jiulongpo District", "九龙坡公交（合成样本）",
          "Jiulongpo Bus (synthetic sample)", "wgs84", StandardCharsets.UTF_8, LocalDate.of(2026, 8, 15),
          LocalDate.of(2027, 7, 15), true, List.of(LocalDate.of(2027, 1, 1))),
      new DistrictSpec("beibei", "北碚区", "Beibei District", "北碚公交（合成样本）", "Beibei Bus (synthetic sample)",
          "wgs84", StandardCharsets.UTF_8, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31), false,
          concat(List.of(LocalDate.of(2027, 1, 1)), range("2027-02-05", "2027-02-11"))),
      new DistrictSpec("jiangjin", "江津区", "Jiangjin District", "江津公交（合成样本）",
          "Jiangjin Bus (synthetic sample)", "gcj02", StandardCharsets.UTF_8, LocalDate.of(2026, 6, 1),
          LocalDate.of(2027, 6, 30), false, List.of(LocalDate.of(2027, 1, 1))),
      new DistrictSpec("bishan", "璧山区", "Bishan District", "璧山公交（合成样本）", "Bishan Bus (synthetic sample)",
          "wgs84", GBK, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), false,
          concat(range("2026-10-01", "2026-10-07"), List.of(LocalDate.of(2027, 1, 1)))));

  public static DistrictSpec byId(String id) {
    for (DistrictSpec d : ALL) {
      if (d.id.equals(id)) {
        return d;
      }
    }
    throw new IllegalArgumentException("no district " + id);
  }

  /** The index of this district in {@link #ALL}, used as a compact label. */
  public int index() {
    return ALL.indexOf(this);
  }

  /** The encoding's name as feeds.yaml and the README give it. */
  public String encodingName() {
    return encoding.equals(StandardCharsets.UTF_8) ? "utf-8" : "gbk";
  }
}
