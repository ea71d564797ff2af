package io.closedloop.cases.web;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseQueries;
import io.closedloop.cases.DetractorCase;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The case behind a page's address, once its reader may see it. */
@Component
class ReadableCases {

  private final CaseQueries queries;
  private final CasePermissions permissions;

  ReadableCases(CaseQueries queries, CasePermissions permissions) {
    this.queries = queries;
    this.permissions = permissions;
  }

  DetractorCase readable(UUID id, Authentication user) {
    DetractorCase detractorCase = queries.get(new CaseId(id)).detractorCase();
    permissions.ensureCanRead(user, detractorCase);
    return detractorCase;
  }
}
