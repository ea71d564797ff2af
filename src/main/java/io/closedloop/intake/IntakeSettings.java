package io.closedloop.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How intake treats what responses say.
 *
 * @param customerUpdates whether a response may change a known customer's details; by default it
 *     may not ({@code KEEP_EXISTING}): a survey answer is no authority on who the customer is, and
 *     one wrong or forged answer must not send the next call-back to someone else's phone or email
 */
@ConfigurationProperties("closedloop.intake")
public record IntakeSettings(@DefaultValue("KEEP_EXISTING") CustomerUpdates customerUpdates) {}
