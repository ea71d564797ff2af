package io.closedloop.demo.generator;

import io.closedloop.demo.generator.SampleCatalog.Reason;
import io.closedloop.demo.generator.SampleCatalog.Touchpoint;
import io.closedloop.demo.generator.SampleResponse.CaseFate;
import io.closedloop.demo.generator.SampleResponse.SampleCustomer;
import io.closedloop.intake.ServicePreference;
import io.closedloop.nps.Nps;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
  private static final long HOUR_MILLIS = Duration.ofHours(1).toMillis();

  private final SampleSettings settings;
  private final int customers;
  private final Instant start;
  /** How many answers come up to the start of each hour of the span, by the week's rhythm; the last is the span's total. */
  private final double[] answersBefore;

  public SampleGenerator(SampleSettings settings) {
    this.settings = settings;
    this.customers = Math.max(1, settings.responses() / 3);
    this.start = settings.end().minus(settings.span());
    this.answersBefore = rhythm(start, settings.span());
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
    Instant answeredAt = inWeeklyRhythm((n + random.nextDouble()) / settings.responses());
    Touchpoint touchpoint = touchpoint(random.nextInt(TOUCHPOINT_WEIGHTS));
    int score = score(touchpoint, random);
    SampleCustomer customer = customer(skewed(random.nextDouble()));
    String country = countryOf(customer);
    String language = "DK".equals(country) && random.nextInt(10) < 8 ? "da" : "en";
    Reason reason = Nps.isDetractor(score) ? reason(touchpoint, random) : null;
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
   * The instant by which this share (0 to 1) of the span's answers has come in, when answers follow
   * the week's rhythm; an even spread of shares gives answers in order over the whole span.
   */
  private Instant inWeeklyRhythm(double share) {
    double wanted = share * answersBefore[answersBefore.length - 1];
    int hour = Arrays.binarySearch(answersBefore, wanted);
    hour = hour >= 0 ? hour : -hour - 2;
    hour = Math.max(0, Math.min(hour, answersBefore.length - 2));
    double within = (wanted - answersBefore[hour]) / (answersBefore[hour + 1] - answersBefore[hour]);
    Instant at = start.plusMillis((long) ((hour + within) * HOUR_MILLIS));
    return at.isAfter(settings.end()) ? settings.end() : at;
  }

  private static double[] rhythm(Instant start, Duration span) {
    int hours = (int) Math.max(1, (span.toMillis() + HOUR_MILLIS - 1) / HOUR_MILLIS);
    double[] before = new double[hours + 1];
    for (int hour = 0; hour < hours; hour++) {
      ZonedDateTime at = start.plusMillis(hour * HOUR_MILLIS).atZone(ZoneOffset.UTC);
      before[hour + 1] = before[hour] + ANSWERS_PER_WEEKDAY[at.getDayOfWeek().getValue() - 1] * ANSWERS_PER_HOUR[at.getHour()];
    }
    return before;
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
    return Nps.isPromoter(score)
        ? pick(danish ? SampleCatalog.PROMOTER_DA : SampleCatalog.PROMOTER_EN, random)
        : pick(danish ? SampleCatalog.PASSIVE_DA : SampleCatalog.PASSIVE_EN, random);
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
