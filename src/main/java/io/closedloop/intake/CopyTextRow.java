package io.closedloop.intake;

import io.closedloop.intake.NewResponse.CustomerDetails;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes a validated response as one line of the backfill staging table in PostgreSQL's COPY text
 * format: tab-separated, backslash-escaped, {@code \N} for null. Reuses one buffer, so one
 * instance serves one thread.
 */
final class CopyTextRow {

  private final StringBuilder line = new StringBuilder(512);

  /** Writes row {@code row} of the file with a new id; a response with no answer time was answered {@code now}. */
  void write(OutputStream out, int row, NewResponse response, Instant now) throws IOException {
    CustomerDetails customer = response.customer();
    line.setLength(0);
    field(Integer.toString(row));
    field(UUID.randomUUID().toString());
    field(response.externalId());
    field(Integer.toString(response.score()));
    field(response.category().name());
    field(response.comment());
    field((response.answeredAt() == null ? now : response.answeredAt()).toString());
    field(response.touchpoint());
    field(response.team());
    field(response.employee());
    field(response.product());
    field(response.country());
    field(response.language());
    field(customer.externalId());
    field(customer.name());
    field(customer.email());
    field(customer.phone());
    field(customer.segment());
    field(customer.servicePreference() == null ? null : customer.servicePreference().name());
    field(customer.accountOwner());
    field(response.fingerprint());
    line.setCharAt(line.length() - 1, '\n');
    out.write(line.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void field(String value) {
    if (value == null) {
      line.append("\\N");
    } else {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> line.append("\\\\");
          case '\t' -> line.append("\\t");
          case '\n' -> line.append("\\n");
          case '\r' -> line.append("\\r");
          default -> line.append(c);
        }
      }
    }
    line.append('\t');
  }
}
