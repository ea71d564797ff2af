package io.closedloop.demo;

import io.closedloop.intake.NewResponse;
import io.closedloop.intake.NewResponse.CustomerDetails;
import io.closedloop.intake.ReceivingResponse;
import io.closedloop.intake.ServicePreference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deterministic sample of about 90 days of responses over several touchpoints, with English
 * and Danish comments; recent detractors open cases, older ones are history.
 */
@Component
class DemoSample {

  private static final int RESPONSES = 450;
  private static final Duration SPAN = Duration.ofDays(90);
  private static final Duration CASES_FOR_LAST = Duration.ofDays(7);

  private static final List<Touchpoint> TOUCHPOINTS = List.of(
      new Touchpoint("website", "web", new int[] {1, 1, 2, 2, 3, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10}),
      new Touchpoint("customer-service", "customer-service", new int[] {2, 4, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10}),
      new Touchpoint("store", "stores", new int[] {5, 7, 8, 9, 9, 9, 10, 10, 10, 10}),
      new Touchpoint("invoice", "customer-service", new int[] {0, 3, 5, 6, 7, 8, 8, 9, 10}));
  private static final List<String> DETRACTOR_COMMENTS = List.of(
      "I waited 40 minutes on the phone before anyone answered.",
      "Jeg ventede over en time i telefonkøen.",
      "The website is messy, I could not find the invoice.",
      "Hjemmesiden er rodet og chatten virker ikke.",
      "Too expensive for what you get.",
      "Prisen er alt for høj i forhold til konkurrenterne.",
      "Nobody solved my problem, I had to call three times.",
      "Mit problem blev ikke løst. Jeg overvejer at opsige mit abonnement.",
      "Rude staff in the store.",
      "I will cancel my subscription if this is not fixed.",
      "The invoice was wrong again.",
      "Levering kom en uge for sent.");
  private static final List<String> OTHER_COMMENTS = List.of(
      "Fine, but the app could be faster.",
      "Fint nok, men lidt dyrt.",
      "Great help from the staff, thank you!",
      "Super god service i butikken.",
      "Quick answer in the chat.",
      "Hurtig levering, tak.",
      "");
  private static final List<String> NAMES = List.of(
      "Mette Hansen", "Lars Nielsen", "Sofie Jensen", "Anders Pedersen", "Emma Andersen", "Jonas Christensen",
      "Ida Larsen", "Mikkel Sørensen", "Freja Rasmussen", "Oliver Jørgensen", "Clara Madsen", "William Kristensen",
      "Anna Olsen", "Noah Thomsen", "Laura Poulsen", "Lucas Johansen", "Olivia Smith", "James Brown");
  private static final List<String> SEGMENTS = List.of("private", "small-business", "enterprise");
  private static final List<String> EMPLOYEES = List.of("agent-anna", "agent-jens", "store-lone", "store-peter");

  private final ReceivingResponse receiving;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoSample(ReceivingResponse receiving, JdbcClient jdbc, Clock clock) {
    this.receiving = receiving;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  boolean databaseIsEmpty() {
    return jdbc.sql("select not exists (select 1 from response)").query(Boolean.class).single();
  }

  void create() {
    Random random = new Random(20260301L);
    Instant now = clock.instant();
    for (int i = 0; i < RESPONSES; i++) {
      Instant answeredAt = now.minus(SPAN).plusSeconds((long) (SPAN.toSeconds() * ((i + random.nextDouble()) / RESPONSES)));
      Touchpoint touchpoint = TOUCHPOINTS.get(random.nextInt(TOUCHPOINTS.size()));
      int score = touchpoint.scores()[random.nextInt(touchpoint.scores().length)];
      int customer = random.nextInt(NAMES.size() * 8);
      String comment = score <= 6 ? pick(DETRACTOR_COMMENTS, random) : pick(OTHER_COMMENTS, random);
      NewResponse response = new NewResponse("demo-" + i, score, comment.isEmpty() ? null : comment, answeredAt,
          touchpoint.code(), touchpoint.team(), pick(EMPLOYEES, random), random.nextBoolean() ? "subscription" : "hardware",
          random.nextInt(5) == 0 ? "SE" : "DK", random.nextInt(3) == 0 ? "en" : "da",
          new CustomerDetails("demo-customer-" + customer, NAMES.get(customer % NAMES.size()),
              "customer" + customer + "@example.com", "+45 20 " + (100000 + customer * 37), pick(SEGMENTS, random),
              ServicePreference.values()[customer % ServicePreference.values().length], null));
      receiving.receive(response, answeredAt.isAfter(now.minus(CASES_FOR_LAST)));
    }
  }

  private static String pick(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private record Touchpoint(String code, String team, int[] scores) {}
}
