package io.closedloop.web;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Builds the pages' links ({@code @{...}}), handing only links to files ({@code /css/app.css},
 * {@code /webjars/htmx.org/dist/htmx.min.js}) to the resource chain, which finds their versioned
 * location. A link to a page or an action ({@code /cases/{id}}) is no file: asking the chain for
 * it searched the whole class path, in vain, for every link of every page.
 */
class FileLinksOnly extends StandardLinkBuilder {

  @Override
  protected String processLink(IExpressionContext context, String link) {
    return pointsToAFile(link) ? super.processLink(context, link) : link;
  }

  static boolean pointsToAFile(String link) {
    int end = firstOf(link, '?', '#');
    String path = link.substring(0, end);
    return path.lastIndexOf('.') > path.lastIndexOf('/');
  }

  private static int firstOf(String link, char... marks) {
    int end = link.length();
    for (char mark : marks) {
      int at = link.indexOf(mark);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return end;
  }
}
