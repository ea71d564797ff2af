package io.closedloop.connectors;

import io.closedloop.intake.BatchResult;
import io.closedloop.intake.ImportingResponses;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Someone imports a survey tool's own export file (Qualtrics, SurveyMonkey, Delighted) as it comes,
 * read with the source's column mapping; intake imports it as it imports its own CSV files.
 */
@Service
public class ImportingExport {

  private final SourceRecords sources;
  private final ImportingResponses importing;

  ImportingExport(SourceRecords sources, ImportingResponses importing) {
    this.sources = sources;
    this.importing = importing;
  }

  /**
   * Imports the file of a request posted by {@code postedBy} to the source {@code sourceId}.
   *
   * @param declaredLength the Content-Length of the request, or -1 when it has none
   */
  public BatchResult importFile(UUID sourceId, InputStream file, long declaredLength, String postedBy) throws IOException {
    Source source = sources.find(sourceId).orElseThrow(() -> new NotFoundException("No source " + sourceId));
    if (source.kind().takesWebhooks()) {
      throw new InvalidInputException("source", "is a " + source.kind().code() + " source, which sends webhooks; "
          + "export files go to a qualtrics, surveymonkey or delighted source");
    }
    return importing.importCsv(file, declaredLength, new ExportColumns(source.kind(), source.mapping()), postedBy);
  }
}
