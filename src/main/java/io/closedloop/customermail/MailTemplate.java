package io.closedloop.customermail;

/**
 * A template of a customer mail: for one kind, language ({@code da}, {@code en}) and service
 * preference ({@code RELATIONAL}, {@code ACTION_ORIENTED}, {@code FACTUAL}, or {@link #ANY} for
 * customers without one), with {@code {placeholder}}s filled when it is used.
 */
public record MailTemplate(MailKind kind, String language, String servicePreference, String subject, String body) {

  /** The preference of the template for customers whose preference has no template of its own. */
  public static final String ANY = "ANY";
}
