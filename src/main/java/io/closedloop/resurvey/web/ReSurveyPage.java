package io.closedloop.resurvey.web;

import io.closedloop.customermail.LinkRefused;
import io.closedloop.resurvey.AnswerReSurvey;
import io.closedloop.resurvey.AnsweringReSurvey;
import io.closedloop.resurvey.ReSurveyAlreadyAnswered;
import io.closedloop.resurvey.ReSurveyAnswered;
import io.closedloop.resurvey.ReSurveyLinks;
import io.closedloop.resurvey.ReSurveyQuestion;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.web.PageLanguage;
import io.closedloop.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public re-survey page a customer reaches from the mail, without a login: the NPS question with
 * 0-10 buttons and a comment, in the language of the mail. A link that was tampered with is "not
 * valid" (404), an expired one says so (410), and a used one thanks for the answer already given
 * (409 when answered again).
 */
@Controller
@WebPage
class ReSurveyPage {

  private final ReSurveyLinks links;
  private final AnsweringReSurvey answering;

  ReSurveyPage(ReSurveyLinks links, AnsweringReSurvey answering) {
    this.links = links;
    this.answering = answering;
  }

  @GetMapping("/r/{token}")
  String question(@PathVariable String token, HttpServletRequest request, Model model) {
    ReSurveyQuestion question = links.question(token);
    PageLanguage.use(request, question.language());
    if (question.reSurvey().isAnswered()) {
      return "resurvey/answered";
    }
    model.addAttribute("question", question);
    model.addAttribute("token", token);
    return "resurvey/question";
  }

  @PostMapping("/r/{token}")
  String answer(@PathVariable String token, @RequestParam(required = false) String score,
      @RequestParam(required = false) String comment, HttpServletRequest request, HttpServletResponse response, Model model) {
    ReSurveyQuestion question = links.question(token);
    PageLanguage.use(request, question.language());
    try {
      ReSurveyAnswered answered = answering.answer(new AnswerReSurvey(token, number(score), comment));
      model.addAttribute("category", answered.category());
      return "resurvey/thanks";
    } catch (InvalidInputException wrong) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("question", question);
      model.addAttribute("token", token);
      model.addAttribute("comment", comment);
      model.addAttribute("errors", wrong.errors().stream().map(error -> error.field()).toList());
      return "resurvey/question";
    }
  }

  @ExceptionHandler(LinkRefused.class)
  String refused(LinkRefused refused, HttpServletResponse response) {
    boolean expired = refused.reason() == LinkRefused.Reason.EXPIRED;
    response.setStatus(expired ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND);
    return expired ? "resurvey/expired" : "resurvey/invalid";
  }

  @ExceptionHandler(ReSurveyAlreadyAnswered.class)
  String alreadyAnswered(ReSurveyAlreadyAnswered answered, HttpServletRequest request, HttpServletResponse response) {
    PageLanguage.use(request, answered.language());
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    return "resurvey/answered";
  }

  private static Integer number(String score) {
    try {
      return score == null ? null : Integer.valueOf(score.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
