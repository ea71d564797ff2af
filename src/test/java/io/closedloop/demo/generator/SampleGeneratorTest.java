package io.closedloop.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.closedloop.demo.generator.SampleResponse.CaseFate;
import io.closedloop.intake.NewResponse;
import io.closedloop.intake.SubmissionValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SampleGeneratorTest {

  static final Instant END = Instant.parse("2026-12-01T00:00:00Z");

  static List<SampleResponse> generate(int responses, long seed) {
    return new SampleGenerator(SampleSettings.of(responses, seed, END)).responses().toList();
  }

  @Test
  void the_same_seed_gives_the_same_data() {
    assertThat(generate(2_000, 42)).isEqualTo(generate(2_000, 42));
  }

  @Test
  void another_seed_gives_other_data() {
    assertThat(generate(200, 42)).extracting(SampleResponse::score)
        .isNotEqualTo(generate(200, 43).stream().map(SampleResponse::score).toList());
  }

  @Test
  void a_response_is_the_same_whatever_the_size_of_the_sample_around_it() {
    SampleGenerator small = new SampleGenerator(SampleSettings.of(1_000, 7, END));
    SampleGenerator large = new SampleGenerator(SampleSettings.of(1_000, 7, END));
    assertThat(small.response(500)).isEqualTo(large.responses().skip(500).findFirst().orElseThrow());
  }

  @Test
  void about_a_fifth_of_the_responses_are_detractors() {
    List<SampleResponse> responses = generate(20_000, 1);
    double share = responses.stream().filter(SampleResponse::detractor).count() / (double) responses.size();
    assertThat(share).isCloseTo(0.20, within(0.02));
  }

  @Test
  void the_website_scores_lowest_and_the_stores_highest() {
    Map<String, Double> nps = generate(20_000, 3).stream().collect(Collectors.groupingBy(SampleResponse::touchpoint,
        Collectors.averagingDouble(r -> r.score() >= 9 ? 100 : r.score() <= 6 ? -100 : 0)));
    assertThat(nps.get("website")).isCloseTo(10, within(5.0));
    assertThat(nps.get("customer-service")).isCloseTo(30, within(5.0));
    assertThat(nps.get("store")).isCloseTo(60, within(5.0));
  }

  @Test
  void answers_span_two_years_in_order_of_their_ids() {
    List<SampleResponse> responses = generate(5_000, 5);
    assertThat(responses.get(0).answeredAt()).isBetween(END.minus(SampleSettings.TWO_YEARS), END.minus(SampleSettings.TWO_YEARS).plusSeconds(86_400));
    assertThat(responses.get(responses.size() - 1).answeredAt()).isBetween(END.minusSeconds(86_400), END);
    assertThat(responses).extracting(SampleResponse::answeredAt).isSorted();
  }

  @Test
  void most_answers_come_in_the_danish_daytime_on_weekdays_and_few_at_night() {
    List<SampleResponse> responses = generate(20_000, 13);
    ZoneId copenhagen = ZoneId.of("Europe/Copenhagen");
    long weekdayDaytime = responses.stream().map(r -> r.answeredAt().atZone(copenhagen))
        .filter(at -> at.getDayOfWeek().getValue() <= 5 && at.getHour() >= 7 && at.getHour() < 17).count();
    long night = responses.stream().map(r -> r.answeredAt().atZone(copenhagen)).filter(at -> at.getHour() < 5).count();

    assertThat(weekdayDaytime / (double) responses.size()).isGreaterThan(0.6);
    assertThat(night / (double) responses.size()).isBetween(0.005, 0.08);
  }

  @Test
  void customers_answer_more_than_once() {
    List<SampleResponse> responses = generate(9_000, 11);
    Map<String, Long> answersPerCustomer = responses.stream()
        .collect(Collectors.groupingBy(r -> r.customer().externalId(), Collectors.counting()));
    assertThat(answersPerCustomer.size()).isLessThan(responses.size() / 2);
    assertThat(answersPerCustomer.values().stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThan(5);
  }

  @Test
  void comments_come_in_english_and_danish_and_detractors_carry_a_root_cause_and_a_case_state() {
    List<SampleResponse> responses = generate(20_000, 13);
    assertThat(responses).filteredOn(r -> "da".equals(r.language()) && r.comment() != null).isNotEmpty();
    assertThat(responses).filteredOn(r -> "en".equals(r.language()) && r.comment() != null).isNotEmpty();
    assertThat(responses).filteredOn(SampleResponse::detractor).allMatch(r -> r.rootCause() != null && r.fate() != null);
    assertThat(responses).filteredOn(r -> !r.detractor()).allMatch(r -> r.rootCause() == null && r.fate() == null);
    Set<CaseFate> fates = responses.stream().map(SampleResponse::fate).filter(f -> f != null).collect(Collectors.toSet());
    assertThat(fates).isEqualTo(EnumSet.allOf(CaseFate.class));
  }

  @Test
  void the_employees_of_all_teams_are_five_hundred() {
    assertThat(SampleGenerator.teams().stream().mapToInt(team -> SampleGenerator.employees(team).size()).sum()).isEqualTo(500);
  }

  @Test
  void every_generated_response_passes_the_intake_validation() {
    SubmissionValidator validator = new SubmissionValidator(Clock.fixed(END, ZoneOffset.UTC));
    assertThat(generate(5_000, 17)).allSatisfy(response -> assertThat(validator.validate(response.toSubmission()))
        .returns(response.externalId(), NewResponse::externalId)
        .returns(response.score(), NewResponse::score));
  }

  @Test
  void the_csv_has_the_import_header_and_one_record_per_response() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SampleGenerator generator = new SampleGenerator(SampleSettings.of(300, 19, END));
    SampleCsv.write(generator, out);
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    assertThat(records).hasSize(300);
    assertThat(records.get(0).getParser().getHeaderNames()).containsExactly(SampleCsv.HEADER);
    Map<String, SampleResponse> byId = generator.responses().collect(Collectors.toMap(SampleResponse::externalId, Function.identity()));
    assertThat(records).allSatisfy(record -> assertThat(Integer.parseInt(record.get("score")))
        .isEqualTo(byId.get(record.get("externalId")).score()));
  }
}
