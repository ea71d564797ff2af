package io.closedloop.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An action sent from the case page: the case, who sent it, and what the answer is written into. */
record CaseRequest(UUID caseId, Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {}
