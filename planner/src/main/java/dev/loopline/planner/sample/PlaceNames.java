package dev.loopline.planner.sample;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invents place names for the towns and villages added beyond the blueprint: two syllables common in Chongqing
 * place names (坪 flat, 坝 dam, 湾 bay, 桥 bridge ...), each with its pinyin, so every name has an English form.
 * Names are unique within one generator run.
 */
final class PlaceNames {
  private static final String[][] FIRST = {
      {"青", "Qing"}, {"龙", "Long"}, {"凤", "Feng"}, {"石", "Shi"}, {"金", "Jin"}, {"银", "Yin"}, {"白", "Bai"},
      {"黄", "Huang"}, {"新", "Xin"}, {"双", "Shuang"}, {"丰", "Feng"}, {"安", "An"}, {"兴", "Xing"}, {"和", "He"},
      {"长", "Chang"}, {"永", "Yong"}, {"马", "Ma"}, {"杨", "Yang"}, {"李", "Li"}, {"高", "Gao"}, {"大", "Da"},
      {"小", "Xiao"}, {"东", "Dong"}, {"西", "Xi"}, {"南", "Nan"}, {"北", "Bei"}, {"梨", "Li"}, {"桃", "Tao"},
      {"竹", "Zhu"}, {"松", "Song"}, {"柏", "Bai"}, {"玉", "Yu"}, {"福", "Fu"}, {"宝", "Bao"}, {"清", "Qing"}};
  private static final String[][] SECOND = {
      {"坪", "ping"}, {"坝", "ba"}, {"湾", "wan"}, {"桥", "qiao"}, {"溪", "xi"}, {"林", "lin"}, {"山", "shan"},
      {"河", "he"}, {"园", "yuan"}, {"铺", "pu"}, {"寺", "si"}, {"家", "jia"}, {"岗", "gang"}, {"场", "chang"},
      {"口", "kou"}, {"滩", "tan"}, {"塘", "tang"}, {"垭", "ya"}, {"沟", "gou"}, {"庙", "miao"}, {"井", "jing"},
      {"湖", "hu"}, {"岩", "yan"}, {"嘴", "zui"}};

  private final Set<String> used = new HashSet<>();

  PlaceNames(Iterable<String> taken) {
    taken.forEach(used::add);
  }

  /** A fresh {zh, en} pair; {@code suffix} (e.g. 村 / Village) is appended to both when not null. */
  String[] next(SplittableRandom rnd, String suffixZh, String suffixEn) {
    for (int attempt = 0; ; attempt++) {
      String[] a = FIRST[rnd.nextInt(FIRST.length)];
      String[] b = SECOND[rnd.nextInt(SECOND.length)];
      String zh = a[0] + b[0];
      String en = a[1] + b[1];
      if (attempt > 200) {
        zh = zh + cn(attempt % 10 + 1);
        en = en + " " + (attempt % 10 + 1);
      }
      if (suffixZh != null) {
        zh += suffixZh;
        en += " " + suffixEn;
      }
      if (used.add(zh)) {
        return new String[] {zh, en};
      }
    }
  }

  private static final String DIGITS = "零一二三四五六七八九";

  /** Chinese numeral for 1..99. */
  static String cn(int n) {
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : DIGITS.charAt(ones));
  }

  /** English ordinal for 1..99 ("1st", "2nd", ...). */
  static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }
}
