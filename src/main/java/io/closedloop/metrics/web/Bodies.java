package io.closedloop.metrics.web;

import io.closedloop.metrics.Group;
import io.closedloop.metrics.IdeaFunnel.EvaluatedIdea;
import io.closedloop.metrics.IdeaFunnel.Funnel;
import io.closedloop.metrics.ReSurveyFigures;
import io.closedloop.metrics.ReSurveyReport;
import io.closedloop.metrics.Report;
import io.closedloop.metrics.RootCausePareto.Cause;
import io.closedloop.metrics.RootCausePareto.Pareto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.web.PagedModel;

/** The API's answers, each also writable as CSV. */
final class Bodies {

  private Bodies() {}

  /** {@code {from, to, total, groups}}; as CSV one row for the total ({@code row=total}) and one per group. */
  record ReportBody<F>(LocalDate from, LocalDate to, F total, List<Group<F>> groups) implements CsvExport {

    static <F> ReportBody<F> of(Report<F> report) {
      return new ReportBody<>(report.from(), report.to(), report.total(), report.groups());
    }

    @Override
    public List<Map<String, Object>> csvRows() {
      List<Map<String, Object>> rows = new ArrayList<>();
      rows.add(row("total", null, total));
      groups.forEach(group -> rows.add(row("group", group.key(), group.figures())));
      return rows;
    }

    private Map<String, Object> row(String kind, String key, F figures) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("from", from);
      row.put("to", to);
      row.put("row", kind);
      row.put("key", key);
      row.put("figures", figures);
      return row;
    }
  }

  /** A page of a drill-down list, shaped like every list of the API; as CSV the rows of this page. */
  static final class ListBody<T> extends PagedModel<T> implements CsvExport {

    ListBody(Page<T> page) {
      super(page);
    }

    @Override
    public List<Map<String, Object>> csvRows() {
      List<Map<String, Object>> rows = new ArrayList<>();
      getContent().forEach(item -> rows.add(Map.of("item", item)));
      return rows;
    }
  }

  /** The root-cause Pareto; as CSV one row per cause. */
  record ParetoBody(LocalDate from, LocalDate to, long cases, List<Cause> causes) implements CsvExport {

    static ParetoBody of(Pareto pareto) {
      return new ParetoBody(pareto.from(), pareto.to(), pareto.cases(), pareto.causes());
    }

    @Override
    public List<Map<String, Object>> csvRows() {
      List<Map<String, Object>> rows = new ArrayList<>();
      causes.forEach(cause -> rows.add(Map.of("cause", cause)));
      return rows;
    }
  }

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

  /**
   * The re-survey figures: {@code {from, to, total, reached, notReached, reachedAdvantage}}; as CSV one
   * row each for the total, the customers reached and those not reached.
   */
  record ReSurveyBody(LocalDate from, LocalDate to, ReSurveyFigures total, ReSurveyFigures reached, ReSurveyFigures notReached,
      BigDecimal reachedAdvantage) implements CsvExport {

    static ReSurveyBody of(ReSurveyReport report) {
      return new ReSurveyBody(report.from(), report.to(), report.total(), report.reached(), report.notReached(),
          report.reachedAdvantage());
    }

    @Override
    public List<Map<String, Object>> csvRows() {
      return List.of(row("total", total), row("reached", reached), row("notReached", notReached));
    }

    private Map<String, Object> row(String kind, ReSurveyFigures figures) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("from", from);
      row.put("to", to);
      row.put("row", kind);
      row.put("figures", figures);
      row.put("reachedAdvantage", reachedAdvantage);
      return row;
    }
  }
}
