package io.closedloop.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may bring into intake, so that no request can exhaust the memory of the
 * application. Each is checked while the request is read, before it is held whole.
 *
 * @param responseBody the largest JSON body of {@code POST /api/responses}
 * @param batchBody the largest JSON body of {@code POST /api/responses/batch}
 * @param batchItems the most responses one batch may carry
 * @param csvBody the largest CSV file of {@code POST /api/responses/import}
 * @param csvRows the most data rows one CSV file may hold
 * @param fieldLength the most characters of one field of a batch item or one cell of a CSV file
 * @param rejectedRowsListed how many rejected rows an import's answer lists (the first ones); the counts cover all
 */
@ConfigurationProperties("closedloop.intake.limits")
public record IntakeLimits(
    @DefaultValue("1MB") DataSize responseBody,
    @DefaultValue("16MB") DataSize batchBody,
    @DefaultValue("1000") int batchItems,
    @DefaultValue("200MB") DataSize csvBody,
    @DefaultValue("100000") int csvRows,
    @DefaultValue("10000") int fieldLength,
    @DefaultValue("100") int rejectedRowsListed) {

  public IntakeLimits {
    if (batchItems < 1 || csvRows < 1 || fieldLength < 1 || rejectedRowsListed < 0) {
      throw new IllegalArgumentException("intake limits must be positive (rejected-rows-listed may be 0)");
    }
  }

  /** The defaults, for code that runs without the application's configuration. */
  public static IntakeLimits defaults() {
    return new IntakeLimits(DataSize.ofMegabytes(1), DataSize.ofMegabytes(16), 1_000, DataSize.ofMegabytes(200), 100_000, 10_000, 100);
  }
}
