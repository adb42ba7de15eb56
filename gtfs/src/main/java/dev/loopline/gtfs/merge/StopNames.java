package dev.loopline.gtfs.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two stop names mean the same stop. Districts write the same stop differently: "大学城站" and "大学城",
 * "沙坪坝 火车站" and "沙坪坝火车站", "Airport" and "Airport Stop", full-width and half-width brackets. Names are
 * normalised first (see {@link #normalize}), then {@link #score} says how well they agree, from 0 to 1:
 *
 * <ul>
 *   <li>1.0: equal after normalisation;
 *   <li>0.9: one contains the other, as text ("County Airport" in "Nye County Airport (Demo)") or as a set of words
 *       ("Burton Rd + Hamilton E Holmes Dr" and "Burton Rd NW @ Hamilton E Holmes Dr N"), provided the shorter is
 *       substantial (two Han characters or four Latin letters);
 *   <li>otherwise the Dice coefficient of their character bigrams, which tolerates a typo in a long name but keeps
 *       "大学城东" and "大学城西" (0.67) apart.
 * </ul>
 *
 * Names {@linkplain #agree agree} at {@value #AGREEMENT} or more.
 */
public final class StopNames {
  /** The score at which two names are taken to name the same stop. */
  public static final double AGREEMENT = 0.8;
  static final double CONTAINED = 0.9;

  /** Han suffixes saying "stop" or "station", longest first; stripped from the end of each Han run. */
  private static final List<String> HAN_SUFFIXES = List.of("公交车站", "公交站", "火车站", "车站", "站");
  /** Latin words saying "stop" or "station", dropped wherever they stand. */
  private static final Set<String> LATIN_STOP_WORDS = Set.of("stop", "stops", "station", "stn", "bus", "busstop");

  private static final Pattern HAN_GAP = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

  private StopNames() {}

  /**
   * The comparable form of a name: Unicode NFKC (full-width to half-width), lower case, punctuation and spaces
   * removed, the Latin words "stop", "station", "stn", "bus" dropped, and a trailing 站 / 车站 / 火车站 / 公交站 /
   * 公交车站 stripped from each run of Han characters. A name that is nothing but such words is kept as it is.
   */
  public static String normalize(String name) {
    return String.join("", tokens(name));
  }

  /** How well two names agree, 0 to 1 (see the class comment). */
  public static double score(String a, String b) {
    List<String> ta = tokens(a);
    List<String> tb = tokens(b);
    String ka = String.join("", ta);
    String kb = String.join("", tb);
    if (ka.isEmpty() || kb.isEmpty()) {
      return 0;
    }
    if (ka.equals(kb)) {
      return 1;
    }
    String shorter = ka.length() <= kb.length() ? ka : kb;
    String longer = shorter == ka ? kb : ka;
    if (weight(shorter) >= 4 && longer.contains(shorter)) {
      return CONTAINED;
    }
    Set<String> sa = new HashSet<>(ta);
    Set<String> sb = new HashSet<>(tb);
    Set<String> small = sa.size() <= sb.size() ? sa : sb;
    Set<String> large = small == sa ? sb : sa;
    if (large.containsAll(small) && weight(String.join("", small)) >= 4) {
      return CONTAINED;
    }
    return Math.min(dice(ka, kb), 0.99);
  }

  /** True when {@link #score} reaches {@link #AGREEMENT}. */
  public static boolean agree(String a, String b) {
    return score(a, b) >= AGREEMENT;
  }

  static List<String> tokens(String name) {
    if (name == null) {
      return List.of();
    }
    // Spaces between Han characters are layout, not word breaks: "沙坪坝 火车站" is one name.
    String text = HAN_GAP.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
        .replaceAll("");
    List<String> raw = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean runIsHan = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      boolean word = han || Character.isLetterOrDigit(cp);
      if (!word || (run.length() > 0 && han != runIsHan)) {
        if (run.length() > 0) {
          raw.add(run.toString());
          run.setLength(0);
        }
      }
      if (word) {
        run.appendCodePoint(cp);
        runIsHan = han;
      }
    }
    if (run.length() > 0) {
      raw.add(run.toString());
    }
    List<String> kept = new ArrayList<>();
    for (String t : raw) {
      if (Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN) {
        kept.add(stripHanSuffix(t));
      } else if (!LATIN_STOP_WORDS.contains(t)) {
        kept.add(t);
      }
    }
    return kept.isEmpty() ? raw : kept;
  }

  private static String stripHanSuffix(String run) {
    for (String suffix : HAN_SUFFIXES) {
      if (run.length() > suffix.length() && run.endsWith(suffix)) {
        return run.substring(0, run.length() - suffix.length());
      }
    }
    return run;
  }

  /** Han characters carry about two Latin letters' worth of meaning each. */
  private static int weight(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 2 : 1;
    }
    return w;
  }

  /** Dice coefficient of the multisets of adjacent code-point pairs. */
  static double dice(String a, String b) {
    List<String> ba = bigrams(a);
    List<String> bb = bigrams(b);
    if (ba.isEmpty() || bb.isEmpty()) {
      return a.equals(b) ? 1 : 0;
    }
    List<String> rest = new ArrayList<>(bb);
    int common = 0;
    for (String g : ba) {
      if (rest.remove(g)) {
        common++;
      }
    }
    return 2.0 * common / (ba.size() + bb.size());
  }

  private static List<String> bigrams(String s) {
    int[] cps = s.codePoints().toArray();
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    return out;
  }
}
