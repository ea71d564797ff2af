package io.closedloop.connectors.web;

import io.closedloop.shared.ConflictException;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a settings form did, told on the next page: the message key of the notice, or the reasons it was not saved. */
final class Notices {

  private Notices() {}

  /** Runs {@code change}, which answers the key of its notice; a refusal becomes the page's list of problems. */
  static String done(RedirectAttributes redirect, String view, Supplier<String> change) {
    try {
      redirect.addFlashAttribute("notice", change.get());
    } catch (InvalidInputException invalid) {
      redirect.addFlashAttribute("problems", invalid.errors());
    } catch (ConflictException | NotFoundException refused) {
      redirect.addFlashAttribute("problems", List.of(new FieldError("", refused.getMessage())));
    }
    return view;
  }
}
