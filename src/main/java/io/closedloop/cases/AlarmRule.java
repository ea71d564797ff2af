package io.closedloop.cases;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** A detractor is alarming when the score is very low or the comment holds an alarm word (Danish or English). */
@Component
public class AlarmRule {

  private final int scoreAtMost;
  private final List<Pattern> words;

  @org.springframework.beans.factory.annotation.Autowired
  AlarmRule(CaseSettings settings) {
    this(settings.alarmScoreAtMost(), settings.alarmWords());
  }

  AlarmRule(int scoreAtMost, List<String> words) {
    this.scoreAtMost = scoreAtMost;
    this.words = words.stream()
        .map(word -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)), Pattern.UNICODE_CASE))
        .toList();
  }

  public boolean isAlarming(int score, String comment) {
    if (score <= scoreAtMost) {
      return true;
    }
    if (comment == null) {
      return false;
    }
    String text = comment.toLowerCase(Locale.ROOT);
    return words.stream().anyMatch(word -> word.matcher(text).find());
  }
}
