package io.closedloop.outbox;

/** How a message leaves: as a mail over SMTP, or as a signed webhook call over HTTP. */
public enum Channel { MAIL, WEBHOOK }
