package io.closedloop.outbox;

/** Carries one channel's messages to the outside world, one attempt at a time. */
interface Transport {

  Channel channel();

  /** One attempt; never throws for a failure of the receiving side, which it answers as a failed attempt. */
  Attempt send(OutboxMessage message);

  /** What an attempt came to: sent, kept (mail without an SMTP server), or failed with a reason. */
  record Attempt(MessageStatus status, Integer statusCode, String error) {

    static Attempt sent(Integer statusCode) {
      return new Attempt(MessageStatus.SENT, statusCode, null);
    }

    static Attempt kept() {
      return new Attempt(MessageStatus.KEPT, null, null);
    }

    static Attempt failed(Integer statusCode, String error) {
      return new Attempt(null, statusCode, error.length() > 1000 ? error.substring(0, 1000) : error);
    }

    boolean succeeded() {
      return status != null;
    }
  }
}
