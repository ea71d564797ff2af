package io.closedloop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.intake.BatchResult.RowResult;
import io.closedloop.shared.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportTallyTest {

  @Test
  void counts_every_rejected_row_and_lists_only_the_first_ones_in_row_order() {
    ImportTally tally = new ImportTally(3);
    for (int row : List.of(9, 4, 7, 1, 12, 3)) {
      tally.add(RowResult.rejected(row, List.of(new FieldError("score", "is required"))));
    }
    tally.created(5);
    tally.duplicates(2);

    BatchResult result = tally.result();

    assertThat(result.rejected()).isEqualTo(6);
    assertThat(result.created()).isEqualTo(5);
    assertThat(result.duplicates()).isEqualTo(2);
    assertThat(result.results()).extracting(RowResult::row).containsExactly(1, 3, 4);
  }

  @Test
  void lists_none_when_asked_for_none() {
    ImportTally tally = new ImportTally(0);
    tally.add(RowResult.rejected(1, List.of()));

    assertThat(tally.result().rejected()).isEqualTo(1);
    assertThat(tally.result().results()).isEmpty();
  }
}
