package io.closedloop.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.closedloop.intake.BatchResult.RowResult;
import io.closedloop.intake.BatchResult.RowStatus;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.DatabaseOutage;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.InvalidTextException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Receives many responses at once. Each row is received in its own transaction, so the good
 * rows are kept whatever the bad ones do, and every bad row is reported with its reason. An
 * unreachable database fails the whole batch (answered 503), so that the client retries it: the
 * rows stored before are then reported as duplicates.
 */
@Service
public class ReceivingBatch {

  private static final Logger log = LoggerFactory.getLogger(ReceivingBatch.class);

  private final SubmissionValidator validator;
  private final ReceivingResponse receiving;
  private final ObjectMapper json;
  private final IntakeLimits limits;

  ReceivingBatch(SubmissionValidator validator, ReceivingResponse receiving, ObjectMapper json, IntakeLimits limits) {
    this.validator = validator;
    this.receiving = receiving;
    this.json = json;
    this.limits = limits;
  }

  /**
   * Receives the JSON array of a request posted by {@code postedBy}, read item by item within the
   * {@link IntakeLimits}: a body or an array too large, or a field too long, refuses the whole batch
   * before anything is stored.
   *
   * @param declaredLength the Content-Length of the request, or -1 when it has none
   */
  public BatchResult receiveJson(InputStream request, long declaredLength, boolean openCases, String postedBy) throws IOException {
    InputStream body = BoundedBody.of(request, declaredLength, limits.batchBody(), "a batch");
    List<JsonNode> items;
    try (body) {
      items = new BatchReader(json, limits).read(body);
    }
    return receiveJson(items, openCases, postedBy);
  }

  /** Receives a JSON array of submissions, each item converted on its own so one bad item only rejects itself. */
  public BatchResult receiveJson(List<JsonNode> items, boolean openCases, String postedBy) {
    if (items.size() > limits.batchItems()) {
      throw BatchReader.tooManyItems(limits);
    }
    List<RowResult> results = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      results.add(receiveItem(i + 1, items.get(i), openCases, postedBy));
    }
    return summarize(results, row -> true);
  }

  private RowResult receiveItem(int row, JsonNode item, boolean openCases, String postedBy) {
    ResponseSubmission submission;
    try {
      if (item == null || !item.isObject()) {
        return RowResult.rejected(row, List.of(new FieldError("body", "must be a response object")));
      }
      submission = json.treeToValue(item, ResponseSubmission.class);
    } catch (InvalidTextException e) {
      return RowResult.rejected(row, List.of(e.fieldError()));
    } catch (UnrecognizedPropertyException e) {
      return RowResult.rejected(row, List.of(new FieldError(e.getPropertyName(), "is not a known field")));
    } catch (JsonProcessingException e) {
      return RowResult.rejected(row, List.of(new FieldError("body", "has a field of the wrong type: " + e.getOriginalMessage())));
    }
    return receive(row, submission, openCases, postedBy);
  }

  /** Receives one submission as row {@code row} of a batch posted by {@code postedBy}. */
  public RowResult receive(int row, ResponseSubmission submission, boolean openCases, String postedBy) {
    try {
      return RowResult.of(row, receiving.receive(validator.validate(submission), openCases, postedBy));
    } catch (InvalidInputException e) {
      return RowResult.rejected(row, e.errors());
    } catch (ConflictException e) {
      return RowResult.rejected(row, List.of(new FieldError("externalId", e.getMessage())));
    } catch (DataAccessException e) {
      if (DatabaseOutage.causes(e)) {
        throw e;
      }
      log.warn("Row {} of a batch could not be stored: {}", row, e.getMostSpecificCause().getClass().getSimpleName());
      return RowResult.rejected(row, List.of(new FieldError("row", "could not be stored; try again")));
    }
  }

  static BatchResult summarize(List<RowResult> results, Predicate<RowResult> listed) {
    int created = 0;
    int duplicates = 0;
    int rejected = 0;
    for (RowResult result : results) {
      switch (result.status()) {
        case CREATED -> created++;
        case DUPLICATE -> duplicates++;
        case REJECTED -> rejected++;
      }
    }
    return new BatchResult(created, duplicates, rejected, results.stream().filter(listed).toList());
  }

  static Predicate<RowResult> rejectedOnly() {
    return result -> result.status() == RowStatus.REJECTED;
  }
}
