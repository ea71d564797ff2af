package io.closedloop.cases;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A detractor is alarming when the score is very low or the comment holds an alarm word (Danish or
 * English). The words an admin saved on the settings page replace the configured ones.
 */
@Component
public class AlarmRule {

  private final int scoreAtMost;
  private final List<String> configuredWords;
  private final SavedAlarmWords savedWords;
  private volatile Compiled compiled;

  @org.springframework.beans.factory.annotation.Autowired
  AlarmRule(CaseSettings settings, SavedAlarmWords savedWords) {
    this.scoreAtMost = settings.alarmScoreAtMost();
    this.configuredWords = settings.alarmWords();
    this.savedWords = savedWords;
  }

  AlarmRule(int scoreAtMost, List<String> words) {
    this.scoreAtMost = scoreAtMost;
    this.configuredWords = words;
    this.savedWords = null;
  }

  public boolean isAlarming(int score, String comment) {
    if (score <= scoreAtMost) {
      return true;
    }
    if (comment == null) {
      return false;
    }
    String text = comment.toLowerCase(Locale.ROOT);
    return patterns().stream().anyMatch(word -> word.matcher(text).find());
  }

  /** The words in force: the saved ones, else the configured ones. */
  public List<String> words() {
    return savedWords == null ? configuredWords : savedWords.saved().orElse(configuredWords);
  }

  private List<Pattern> patterns() {
    List<String> words = words();
    Compiled current = compiled;
    if (current == null || !current.words().equals(words)) {
      current = new Compiled(words, words.stream()
          .map(word -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)), Pattern.UNICODE_CASE))
          .toList());
      compiled = current;
    }
    return current.patterns();
  }

  private record Compiled(List<String> words, List<Pattern> patterns) {}
}
