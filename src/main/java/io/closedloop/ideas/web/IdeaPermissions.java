package io.closedloop.ideas.web;

import io.closedloop.identity.Role;
import io.closedloop.ideas.Idea;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Who may do what with ideas and cycles: everyone proposes and votes; managers and admins facilitate, merge, reject and select. */
@Component
class IdeaPermissions {

  boolean isFacilitator(Authentication user) {
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(authority -> authority.equals(Role.MANAGER.authority()) || authority.equals(Role.ADMIN.authority()));
  }

  void ensureFacilitator(Authentication user) {
    if (!isFacilitator(user)) {
      throw new AccessDeniedException("Only managers and admins facilitate improvement cycles");
    }
  }

  /** The owner, a member of the working group, or a facilitator works on a chosen idea. */
  void ensureCanWorkOn(Authentication user, Idea idea, List<String> workingGroup) {
    if (!isFacilitator(user) && !user.getName().equals(idea.getOwner()) && !workingGroup.contains(user.getName())) {
      throw new AccessDeniedException("Only the idea's owner, its working group or a manager works on it");
    }
  }
}
