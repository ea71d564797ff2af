package io.closedloop.metrics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.web.PagedModel;

/** A page of a drill-down list, shaped like every list of the API; as CSV the rows of this page. */
final class ListBody<T> extends PagedModel<T> implements CsvExport {

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
