package io.closedloop.customermail;

/** A template with its placeholders filled: the subject and body as the customer will read them. */
public record RenderedMail(String subject, String body, String language) {}
