package dev.loopline.gtfs.validate;

import static dev.loopline.gtfs.validate.ValidationContext.AGENCY;
import static dev.loopline.gtfs.validate.ValidationContext.blank;

import dev.loopline.gtfs.model.Agency;
import java.util.List;
import java.util.Locale;

/**
 * All agencies of one feed share a time zone: GTFS times are local times of the feed, so two zones would make
 * every time ambiguous. A different language is only odd, hence a WARNING.
 */
final class AgencyCheck {
  private AgencyCheck() {}

  static void run(ValidationContext ctx) {
    List<Agency> agencies = ctx.feed.agencies();
    Agency first = null;
    int firstIndex = -1;
    for (int i = 0; i < agencies.size(); i++) {
      Agency a = agencies.get(i);
      if (blank(a.timezone())) {
        continue;
      }
      if (first == null) {
        first = a;
        firstIndex = i;
      } else if (!first.timezone().equals(a.timezone())) {
        ctx.error("inconsistent_agency_timezone", AGENCY, ctx.line(AGENCY, i), "agency_timezone",
            "agency '" + a.id() + "' uses " + a.timezone() + " but agency '" + first.id() + "' (line "
                + ctx.line(AGENCY, firstIndex) + ") uses " + first.timezone());
      }
    }
    String lang = null;
    for (int i = 0; i < agencies.size(); i++) {
      String l = agencies.get(i).lang();
      if (blank(l)) {
        continue;
      }
      l = l.toLowerCase(Locale.ROOT);
      if (lang == null) {
        lang = l;
      } else if (!lang.equals(l)) {
        ctx.warning("inconsistent_agency_lang", AGENCY, ctx.line(AGENCY, i), "agency_lang",
            "agency_lang '" + l + "' differs from '" + lang + "' of an earlier agency");
      }
    }
  }
}
