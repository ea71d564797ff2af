package io.closedloop.cases;

/** How an agent tried to reach the customer. */
public enum Channel {
  PHONE, EMAIL, SMS, MEETING
}
