package io.closedloop.demo.generator;

import io.closedloop.demo.generator.SampleResponse.SampleCustomer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes generated responses as a CSV file for {@code POST /api/responses/import}. As a command:
 * {@code --responses 1000000 --seed 42 --out responses.csv [--end 2026-12-01T00:00:00Z]}.
 */
public final class SampleCsv {

  /** The header of the files, in the import's column names. */
  public static final String[] HEADER = {"externalId", "score", "comment", "answeredAt", "touchpoint", "team", "employee",
      "product", "country", "language", "customer.externalId", "customer.name", "customer.email", "customer.phone",
      "customer.segment", "customer.servicePreference", "customer.accountOwner"};

  private SampleCsv() {}

  public static void write(SampleGenerator generator, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
      Iterator<SampleResponse> responses = generator.responses().iterator();
      while (responses.hasNext()) {
        SampleResponse r = responses.next();
        SampleCustomer c = r.customer();
        printer.printRecord(r.externalId(), r.score(), r.comment(), r.answeredAt(), r.touchpoint(), r.team(), r.employee(),
            r.product(), r.country(), r.language(), c.externalId(), c.name(), c.email(), c.phone(), c.segment(),
            c.servicePreference(), c.accountOwner());
      }
    }
  }

  public static void write(SampleGenerator generator, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(generator, out);
    }
  }

  public static void main(String[] args) throws IOException {
    int responses = 1_000;
    long seed = 42;
    Path out = Path.of("responses.csv");
    Instant end = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS);
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--responses" -> responses = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        case "--end" -> end = Instant.parse(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; use --responses N --seed S --out FILE [--end INSTANT]");
      }
    }
    write(new SampleGenerator(SampleSettings.of(responses, seed, end)), out);
    System.out.println("Wrote " + responses + " responses (seed " + seed + ") to " + out.toAbsolutePath());
  }
}
