package io.closedloop.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.closedloop.shared.FieldError;
import java.util.List;
import java.util.UUID;

/** The outcome of a batch or a CSV import: counts, and one result per row (for an import, the rejected rows only). */
public record BatchResult(int created, int duplicates, int rejected, List<RowResult> results) {

  /** What happened to one row; {@code row} is 1-based over the data rows; {@code warnings} as in {@link ResponseReceipt}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record RowResult(int row, RowStatus status, UUID id, UUID caseId, List<FieldError> errors, List<FieldError> warnings) {

    static RowResult of(int row, ResponseReceipt receipt) {
      return new RowResult(row, receipt.created() ? RowStatus.CREATED : RowStatus.DUPLICATE, receipt.id(), receipt.caseId(), List.of(),
          receipt.warnings());
    }

    static RowResult rejected(int row, List<FieldError> errors) {
      return new RowResult(row, RowStatus.REJECTED, null, null, errors, List.of());
    }
  }

  /** Whether a row was stored now, had been stored before, or was refused. */
  public enum RowStatus {
    CREATED, DUPLICATE, REJECTED
  }
}
