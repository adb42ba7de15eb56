package dev.loopline.gtfs.validate;

import static dev.loopline.gtfs.validate.ValidationContext.AGENCY;
import static dev.loopline.gtfs.validate.ValidationContext.FEED_INFO;
import static dev.loopline.gtfs.validate.ValidationContext.ROUTES;
import static dev.loopline.gtfs.validate.ValidationContext.STOPS;
import static dev.loopline.gtfs.validate.ValidationContext.blank;

import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.FeedInfo;
import java.util.List;

/**
 * URLs and email addresses that MobilityData's validator rejects ({@code invalid_url}, {@code invalid_email}; both
 * ERRORs in 6.0). Phone numbers are left alone: 6.0 checks them only against a country given on its command line.
 */
final class FieldFormatCheck {
  private FieldFormatCheck() {}

  static void run(ValidationContext ctx) {
    List<Agency> agencies = ctx.feed.agencies();
    for (int i = 0; i < agencies.size(); i++) {
      Agency a = agencies.get(i);
      long line = ctx.line(AGENCY, i);
      url(ctx, AGENCY, line, "agency_url", a.url());
      url(ctx, AGENCY, line, "agency_fare_url", a.fareUrl());
      email(ctx, AGENCY, line, "agency_email", a.email());
    }
    for (int i = 0; i < ctx.feed.stops().size(); i++) {
      url(ctx, STOPS, ctx.line(STOPS, i), "stop_url", ctx.feed.stops().get(i).url());
    }
    for (int i = 0; i < ctx.feed.routes().size(); i++) {
      url(ctx, ROUTES, ctx.line(ROUTES, i), "route_url", ctx.feed.routes().get(i).url());
    }
    FeedInfo info = ctx.feed.feedInfo();
    if (info != null) {
      long line = ctx.line(FEED_INFO, 0);
      url(ctx, FEED_INFO, line, "feed_publisher_url", info.publisherUrl());
      url(ctx, FEED_INFO, line, "feed_contact_url", info.contactUrl());
      email(ctx, FEED_INFO, line, "feed_contact_email", info.contactEmail());
    }
  }

  private static void url(ValidationContext ctx, String file, long line, String field, String value) {
    if (!blank(value) && !FieldFormats.validUrl(value)) {
      ctx.error("invalid_url", file, line, field, "'" + value + "' is not an http(s) URL with a host name");
    }
  }

  private static void email(ValidationContext ctx, String file, long line, String field, String value) {
    if (!blank(value) && !FieldFormats.validEmail(value)) {
      ctx.error("invalid_email", file, line, field, "'" + value + "' is not an email address");
    }
  }
}
