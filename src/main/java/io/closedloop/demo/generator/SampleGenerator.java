package io.closedloop.demo.generator;

import io.closedloop.demo.generator.SampleCatalog.Reason;
import io.closedloop.demo.generator.SampleCatalog.Touchpoint;
import io.closedloop.demo.generator.SampleResponse.CaseFate;
import io.closedloop.demo.generator.SampleResponse.SampleCustomer;
import io.closedloop.intake.ServicePreference;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates realistic NPS responses deterministically: response {@code n} of a seed is always the
 * same, whatever the size, so data can be streamed (a million rows need no memory) and any row
 * regenerated. About a fifth are detractors; customers answer repeatedly (a pool of a third as
 * many customers as responses, some answering far more often than others); answers spread evenly
 * over the span, in order of their external ids, and follow the week's rhythm: most come in the
 * Danish daytime on weekdays, fewer at weekends, few at night.
 */
public final class SampleGenerator {

  private static final int[] DETRACTOR_SCORE_WEIGHTS = {1, 1, 1, 2, 2, 3, 4};
  private static final int TOUCHPOINT_WEIGHTS = SampleCatalog.TOUCHPOINTS.stream().mapToInt(Touchpoint::weight).sum();
  private static final Duration FRESH = Duration.ofDays(3);
  private static final Duration RECENT = Duration.ofDays(14);
  /** How many answers come in each hour of a UTC day, relative to the others: Danish daytime and evening. */
  private static final int[] ANSWERS_PER_HOUR = {1, 1, 1, 1, 2, 8, 14, 14, 12, 9, 7, 5, 4, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1};
  /** How many answers come on each day of the week (Monday first), relative to the others: half as many at weekends. */
  private static final int[] ANSWERS_PER_WEEKDAY = {3, 3, 3, 3, 3, 1, 1};
  private static final int ANSWERS_PER_WEEK = Arrays.stream(ANSWERS_PER_HOUR).sum() * Arrays.stream(ANSWERS_PER_WEEKDAY).sum();
  private static final long HOUR_MILLIS = Duration.ofHours(1).toMillis();
  private static final long WEEK_MILLIS = Duration.ofDays(7).toMillis();
  /** 1970-01-05, the first Monday of the epoch: weeks are counted from it. */
  private static final long FIRST_MONDAY_MILLIS = Duration.ofDays(4).toMillis();

  private final SampleSettings settings;
  private final int customers;
  private final Instant start;

  public SampleGenerator(SampleSettings settings) {
    this.settings = settings;
    this.customers = Math.max(1, settings.responses() / 3);
    this.start = settings.end().minus(settings.span());
  }

  public SampleSettings settings() {
    return settings;
  }

  /** Every response, in order of answering. */
  public Stream<SampleResponse> responses() {
    return IntStream.range(0, settings.responses()).mapToObj(this::response);
  }

  /** Response number {@code n} (0-based). */
  public SampleResponse response(int n) {
    SplittableRandom random = new SplittableRandom(mix(settings.seed(), n));
    Instant answeredAt = inWeeklyRhythm(start.plusMillis((long) (settings.span().toMillis() * ((n + random.nextDouble()) / settings.responses()))));
    Touchpoint touchpoint = touchpoint(random.nextInt(TOUCHPOINT_WEIGHTS));
    int score = score(touchpoint, random);
    SampleCustomer customer = customer(skewed(random.nextDouble()));
    String country = countryOf(customer);
    String language = "DK".equals(country) && random.nextInt(10) < 8 ? "da" : "en";
    Reason reason = score <= 6 ? reason(touchpoint, random) : null;
    String comment = comment(score, reason, "da".equals(language), random);
    String employee = touchpoint.employeePrefix() + "-" + pad(1 + random.nextInt(touchpoint.employees()));
    String product = SampleCatalog.PRODUCTS.get(random.nextInt(SampleCatalog.PRODUCTS.size()));
    return new SampleResponse(settings.idPrefix() + n, score, comment, answeredAt, touchpoint.code(), touchpoint.team(),
        employee, product, country, language, customer, reason == null ? null : reason.rootCause(),
        reason == null ? null : fate(answeredAt, random));
  }

  /** The ideas a backlog fed by these cases would hold. */
  public static List<SampleIdea> ideas() {
    return SampleCatalog.IDEAS;
  }

  /** Every employee code the generator uses, per team: 500 in all. */
  public static List<String> employees(String team) {
    return SampleCatalog.TOUCHPOINTS.stream().filter(touchpoint -> touchpoint.team().equals(team))
        .flatMap(touchpoint -> IntStream.rangeClosed(1, touchpoint.employees()).mapToObj(i -> touchpoint.employeePrefix() + "-" + pad(i)))
        .toList();
  }

  /** The teams the generator routes to. */
  public static List<String> teams() {
    return SampleCatalog.TOUCHPOINTS.stream().map(Touchpoint::team).distinct().toList();
  }

  /**
   * Moves an instant within its week (Monday to Sunday, UTC) so that the week's answers follow
   * {@link #ANSWERS_PER_WEEKDAY} and {@link #ANSWERS_PER_HOUR}; the order of instants is kept
   * (earlier stays earlier), and the result stays within the span.
   */
  private Instant inWeeklyRhythm(Instant evenly) {
    long sinceFirstMonday = evenly.toEpochMilli() - FIRST_MONDAY_MILLIS;
    long week = Math.floorDiv(sinceFirstMonday, WEEK_MILLIS) * WEEK_MILLIS + FIRST_MONDAY_MILLIS;
    double share = (evenly.toEpochMilli() - week) / (double) WEEK_MILLIS * ANSWERS_PER_WEEK;
    int hour = 0;
    while (hour < 7 * 24 - 1 && share >= answersInHour(hour)) {
      share -= answersInHour(hour);
      hour++;
    }
    Instant moved = Instant.ofEpochMilli(week + (long) ((hour + Math.min(1, share / answersInHour(hour))) * HOUR_MILLIS));
    Instant end = settings.end();
    return moved.isBefore(start) ? start : moved.isAfter(end) ? end : moved;
  }

  private static int answersInHour(int hourOfWeek) {
    return ANSWERS_PER_WEEKDAY[hourOfWeek / 24] * ANSWERS_PER_HOUR[hourOfWeek % 24];
  }

  private int skewed(double u) {
    return (int) (customers * u * u);
  }

  private SampleCustomer customer(int index) {
    SplittableRandom random = new SplittableRandom(mix(settings.seed() ^ 0x5EEDC057L, index));
    String first = SampleCatalog.FIRST_NAMES.get(random.nextInt(SampleCatalog.FIRST_NAMES.size()));
    String last = SampleCatalog.LAST_NAMES.get(random.nextInt(SampleCatalog.LAST_NAMES.size()));
    String segment = SampleCatalog.SEGMENTS.get(random.nextInt(SampleCatalog.SEGMENTS.size()));
    int preference = random.nextInt(4);
    ServicePreference servicePreference = preference == 3 ? null : ServicePreference.values()[preference];
    String id = settings.idPrefix() + "customer-" + index;
    return new SampleCustomer(id, first + " " + last,
        (first + "." + last).toLowerCase().replace('ø', 'o').replace('æ', 'e').replace('å', 'a') + index + "@example.com",
        random.nextInt(5) == 0 ? null : "+45 " + (20000000 + random.nextInt(79999999)), segment, servicePreference, null);
  }

  private static String countryOf(SampleCustomer customer) {
    int bucket = Math.floorMod(customer.externalId().hashCode(), 100);
    return bucket < 70 ? "DK" : bucket < 82 ? "SE" : bucket < 92 ? "NO" : bucket < 96 ? "DE" : "GB";
  }

  private static Touchpoint touchpoint(int roll) {
    for (Touchpoint touchpoint : SampleCatalog.TOUCHPOINTS) {
      roll -= touchpoint.weight();
      if (roll < 0) {
        return touchpoint;
      }
    }
    throw new IllegalStateException("touchpoint weights do not add up");
  }

  private static int score(Touchpoint touchpoint, SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < touchpoint.detractorShare()) {
      return weighted(DETRACTOR_SCORE_WEIGHTS, random);
    }
    if (roll < 100 - touchpoint.promoterShare()) {
      return 7 + random.nextInt(2);
    }
    return random.nextInt(5) < 3 ? 9 : 10;
  }

  private static Reason reason(Touchpoint touchpoint, SplittableRandom random) {
    int total = touchpoint.reasons().stream().mapToInt(Reason::weight).sum();
    int roll = random.nextInt(total);
    for (Reason reason : touchpoint.reasons()) {
      roll -= reason.weight();
      if (roll < 0) {
        return reason;
      }
    }
    throw new IllegalStateException("reason weights do not add up");
  }

  private static String comment(int score, Reason reason, boolean danish, SplittableRandom random) {
    if (reason != null) {
      return random.nextInt(10) == 0 ? null : pick(danish ? reason.danish() : reason.english(), random);
    }
    if (random.nextInt(2) == 0) {
      return null;
    }
    return score <= 8
        ? pick(danish ? SampleCatalog.PASSIVE_DA : SampleCatalog.PASSIVE_EN, random)
        : pick(danish ? SampleCatalog.PROMOTER_DA : SampleCatalog.PROMOTER_EN, random);
  }

  private CaseFate fate(Instant answeredAt, SplittableRandom random) {
    Duration age = Duration.between(answeredAt, settings.end());
    int roll = random.nextInt(100);
    if (age.compareTo(FRESH) < 0) {
      return roll < 50 ? CaseFate.OPEN : CaseFate.IN_PROGRESS;
    }
    if (age.compareTo(RECENT) < 0) {
      return roll < 10 ? CaseFate.OPEN : roll < 50 ? CaseFate.IN_PROGRESS : closed(random.nextInt(100));
    }
    return roll < 3 ? CaseFate.IN_PROGRESS : closed(random.nextInt(100));
  }

  private static CaseFate closed(int roll) {
    return roll < 45 ? CaseFate.RESOLVED_RECOVERED
        : roll < 65 ? CaseFate.RESOLVED_PARTIALLY_RECOVERED
        : roll < 85 ? CaseFate.RESOLVED_NOT_RECOVERED
        : CaseFate.UNREACHABLE;
  }

  private static int weighted(int[] weights, SplittableRandom random) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int roll = random.nextInt(total);
    for (int value = 0; value < weights.length; value++) {
      roll -= weights[value];
      if (roll < 0) {
        return value;
      }
    }
    throw new IllegalStateException();
  }

  private static <T> T pick(List<T> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }

  private static String pad(int number) {
    return String.format("%03d", number);
  }

  private static long mix(long seed, long n) {
    long z = seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
