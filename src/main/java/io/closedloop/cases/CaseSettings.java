package io.closedloop.cases;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How cases are worked, where no decision table decides it.
 *
 * @param maxFailedAttempts failed contact attempts after which a case closes as unreachable
 * @param headOfCustomerExperienceGroup the group level-2 escalations go to
 * @param alarmScoreAtMost scores at or below this are alarming
 * @param alarmWords words in a comment that make a case alarming (matched case-insensitively, as word prefixes)
 */
@ConfigurationProperties("closedloop.cases")
public record CaseSettings(
    @DefaultValue("3") int maxFailedAttempts,
    @DefaultValue("cx-leads") String headOfCustomerExperienceGroup,
    @DefaultValue("2") int alarmScoreAtMost,
    @DefaultValue({"cancel", "lawyer", "churn", "terminate", "sue", "complain", "never again", "switch",
        "opsige", "opsigelse", "advokat", "klage", "aldrig igen", "skifte", "forbrugerrådet"}) List<String> alarmWords) {}
