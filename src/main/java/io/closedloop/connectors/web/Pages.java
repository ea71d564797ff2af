package io.closedloop.connectors.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** One page of a short list that is read whole (clients, sources). */
final class Pages {

  private Pages() {}

  static <T> Page<T> of(List<T> all, Pageable page) {
    int from = (int) Math.min(page.getOffset(), all.size());
    int to = Math.min(from + page.getPageSize(), all.size());
    return new PageImpl<>(all.subList(from, to), page, all.size());
  }
}
