package io.closedloop.notifications.mail;

/** How a person gets alerts by mail: each as it comes, all of a day in one mail, or not by mail. */
public enum AlertMailMode {
  IMMEDIATE,
  DIGEST,
  OFF
}
