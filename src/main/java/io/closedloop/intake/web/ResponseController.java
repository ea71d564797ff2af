package io.closedloop.intake.web;

import io.closedloop.intake.BatchResult;
import io.closedloop.intake.ImportingResponses;
import io.closedloop.intake.ReceivingBatch;
import io.closedloop.intake.ReceivingResponse;
import io.closedloop.intake.ResponseReceipt;
import io.closedloop.intake.ResponseSubmission;
import io.closedloop.intake.SubmissionValidator;
import io.closedloop.shared.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** NPS responses in: one at a time, as a JSON batch, or as a CSV file. */
@RestController
@RequestMapping("/api/responses")
@Tag(name = "Responses", description = "NPS responses in; every detractor opens a case")
class ResponseController {

  private final SubmissionValidator validator;
  private final ReceivingResponse receiving;
  private final ReceivingBatch batch;
  private final ImportingResponses importing;

  ResponseController(SubmissionValidator validator, ReceivingResponse receiving, ReceivingBatch batch, ImportingResponses importing) {
    this.validator = validator;
    this.receiving = receiving;
    this.batch = batch;
    this.importing = importing;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Receive one response", description = "201 when stored, 200 for a repeat with the same content, 409 for a repeat with other content")
  ResponseEntity<ReceiptBody> receive(@RequestBody ResponseSubmission submission,
      @RequestParam(defaultValue = "true") boolean openCases, Authentication user) {
    ResponseReceipt receipt = receiving.receive(validator.validate(submission), openCases, user.getName());
    return ResponseEntity.status(receipt.created() ? HttpStatus.CREATED : HttpStatus.OK).body(ReceiptBody.of(receipt));
  }

  @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Receive up to 1,000 responses", description = "Good rows are kept; each bad row is reported with its row number. "
      + "413 for a body over 16 MB or more than 1,000 items, 400 for a field over 10,000 characters (closedloop.intake.limits.*)")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
      array = @ArraySchema(schema = @Schema(implementation = ResponseSubmission.class))))
  BatchResult receiveBatch(HttpServletRequest request, @RequestParam(defaultValue = "true") boolean openCases, Authentication user)
      throws IOException {
    return batch.receiveJson(request.getInputStream(), request.getContentLengthLong(), openCases, user.getName());
  }

  @PostMapping(path = "/import", consumes = {"text/csv", "application/csv"})
  @Operation(summary = "Import responses from an RFC 4180 CSV file", description = "Counts every row and lists the first "
      + "100 rejected rows. 413 for a file over 200 MB or 100,000 rows, 400 for a cell over 10,000 characters "
      + "(closedloop.intake.limits.*)")
  BatchResult importCsv(HttpServletRequest request, @RequestParam(defaultValue = "true") boolean openCases, Authentication user)
      throws IOException {
    return importing.importCsv(request.getInputStream(), request.getContentLengthLong(), openCases, user.getName());
  }

  /** The answer to one received response; {@code warnings} name what was stored but not followed. */
  record ReceiptBody(UUID id, String category, UUID caseId, List<FieldError> warnings) {
    static ReceiptBody of(ResponseReceipt receipt) {
      return new ReceiptBody(receipt.id(), receipt.category().name(), receipt.caseId(), receipt.warnings());
    }
  }
}
