package io.closedloop.metrics.web;

import io.closedloop.metrics.IdeaFunnel.EvaluatedIdea;
import io.closedloop.metrics.IdeaFunnel.Funnel;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The idea funnel; as CSV one row per stage. */
record FunnelBody(LocalDate from, LocalDate to, long proposed, long selected, long done, long evaluated,
    List<EvaluatedIdea> evaluatedIdeas) implements CsvExport {

  static FunnelBody of(Funnel funnel) {
    return new FunnelBody(funnel.from(), funnel.to(), funnel.proposed(), funnel.selected(), funnel.done(),
        funnel.evaluated(), funnel.evaluatedIdeas());
  }

  @Override
  public List<Map<String, Object>> csvRows() {
    return List.of(stage("PROPOSED", proposed), stage("SELECTED", selected), stage("DONE", done), stage("EVALUATED", evaluated));
  }

  private Map<String, Object> stage(String stage, long ideas) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("from", from);
    row.put("to", to);
    row.put("stage", stage);
    row.put("ideas", ideas);
    return row;
  }
}
