package dev.loopline.gtfs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mobilitydata.gtfsvalidator.input.CountryCode;
import org.mobilitydata.gtfsvalidator.input.DateForValidation;
import org.mobilitydata.gtfsvalidator.input.GtfsInput;
import org.mobilitydata.gtfsvalidator.notice.NoticeContainer;
import org.mobilitydata.gtfsvalidator.notice.ResolvedNotice;
import org.mobilitydata.gtfsvalidator.notice.SystemError;
import org.mobilitydata.gtfsvalidator.notice.ValidationNotice;
import org.mobilitydata.gtfsvalidator.runner.ValidationRunner;
import org.mobilitydata.gtfsvalidator.table.GtfsFeedLoader;
import org.mobilitydata.gtfsvalidator.validator.ClassGraphDiscovery;
import org.mobilitydata.gtfsvalidator.validator.ValidationContext;
import org.mobilitydata.gtfsvalidator.validator.ValidatorLoader;
import org.mobilitydata.gtfsvalidator.validator.ValidatorLoaderException;

/**
 * The independent judge of what Loopline writes: MobilityData's canonical GTFS validator (6.0.0), run in-process as
 * a library, offline. Tests assert that every feed Loopline produces from valid input gets zero ERROR notices.
 *
 * <p>The validation date is fixed ({@link #DEFAULT_DATE}) rather than "today", so a 2019 fixture gives the same
 * answer every year; expired-service findings are warnings anyway, but fixing the date keeps reports reproducible.
 * Warnings and infos are not returned: an oracle that fails on warnings would reject the real input feeds.
 *
 * <p>Validator discovery (class-path scanning) is slow, so the loaders are built once per JVM and shared; each call
 * gets a fresh notice container and feed loader, and is safe to call from several tests.
 */
public final class ValidatorOracle {
  /** The "now" used for date-dependent rules unless a caller passes another. */
  public static final LocalDate DEFAULT_DATE = LocalDate.of(2019, 5, 1);
  /** Country for country-specific rules (e.g. phone numbers) unless a caller passes another; "zz" is unknown. */
  public static final String DEFAULT_COUNTRY = "zz";

  private static final int MAX_DESCRIPTION = 300;

  /**
   * The validator logs every table it loads through java.util.logging; the findings are what we return, so its
   * chatter is turned off (a strong reference keeps the logger configuration from being garbage-collected).
   */
  private static final Logger VALIDATOR_LOG = quiet(Logger.getLogger("org.mobilitydata"));

  private static volatile ValidatorLoader validators;

  private ValidatorOracle() {}

  /** ERROR notices and system errors for a GTFS zip or folder, as {@code code: context}; empty when valid. */
  public static List<String> errors(Path feed) {
    return errors(feed, DEFAULT_COUNTRY, DEFAULT_DATE);
  }

  /**
   * ERROR notices for a feed validated as if published in {@code countryCode} (ISO 3166 alpha-2, e.g. "br", "us",
   * "cn") on {@code date}. Each entry is the notice code, a colon, and its context (file, row, field, value),
   * shortened. System errors (the validator could not read the input, or crashed) are returned too, prefixed
   * {@code system_error}, because they mean the feed could not be judged.
   */
  public static List<String> errors(Path feed, String countryCode, LocalDate date) {
    List<String> errors = new ArrayList<>();
    NoticeContainer notices = validate(feed, countryCode, date);
    for (ResolvedNotice<ValidationNotice> n : notices.getResolvedValidationNotices()) {
      if (n.isError()) {
        errors.add(describe(n.getContext().getCode(), n.getContext().toJsonTree().toString()));
      }
    }
    for (SystemError e : notices.getSystemErrors()) {
      errors.add(describe("system_error " + e.getCode(), e.toJsonTree().toString()));
    }
    return List.copyOf(errors);
  }

  /**
   * Every notice code the validator reports, with its severity and count ({@code "WARNING missing_timepoint_value"}
   * to 630730), sorted; for tests that hold a writer to no WARNING of some kind as well as no ERROR.
   */
  public static java.util.SortedMap<String, Integer> codes(Path feed, String countryCode, LocalDate date) {
    java.util.SortedMap<String, Integer> out = new java.util.TreeMap<>();
    for (ResolvedNotice<ValidationNotice> n : validate(feed, countryCode, date).getResolvedValidationNotices()) {
      out.merge(n.getSeverityLevel() + " " + n.getContext().getCode(), 1, Integer::sum);
    }
    return out;
  }

  private static NoticeContainer validate(Path feed, String countryCode, LocalDate date) {
    if (!Files.exists(feed)) {
      throw new IllegalArgumentException("no such feed: " + feed);
    }
    VALIDATOR_LOG.setLevel(Level.OFF);
    NoticeContainer notices = new NoticeContainer();
    GtfsFeedLoader loader = new GtfsFeedLoader(ClassGraphDiscovery.discoverTables());
    loader.setNumThreads(1);
    ValidationContext context = ValidationContext.builder()
        .setCountryCode(CountryCode.forStringOrUnknown(countryCode))
        .setDateForValidation(new DateForValidation(date))
        .build();
    try (GtfsInput input = GtfsInput.createFromPath(feed, notices)) {
      ValidationRunner.loadAndValidate(validators(), loader, notices, input, context);
    } catch (IOException e) {
      throw new UncheckedIOException("validator could not open " + feed, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("validation interrupted", e);
    }
    return notices;
  }

  private static Logger quiet(Logger logger) {
    logger.setLevel(Level.OFF);
    return logger;
  }

  private static String describe(String code, String json) {
    String s = code + ": " + json;
    return s.length() <= MAX_DESCRIPTION ? s : s.substring(0, MAX_DESCRIPTION) + "...";
  }

  private static ValidatorLoader validators() {
    ValidatorLoader v = validators;
    if (v == null) {
      synchronized (ValidatorOracle.class) {
        v = validators;
        if (v == null) {
          try {
            v = ValidatorLoader.createForClasses(ClassGraphDiscovery.discoverValidatorsInDefaultPackage());
          } catch (ValidatorLoaderException e) {
            throw new IllegalStateException("cannot load the MobilityData validators", e);
          }
          validators = v;
        }
      }
    }
    return v;
  }
}
