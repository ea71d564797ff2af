package io.closedloop.customermail;

/** A link's token was refused: not one of ours (or changed), or expired. */
public class LinkRefused extends RuntimeException {

  /** Why a token was refused. */
  public enum Reason { INVALID, EXPIRED }

  private final Reason reason;

  public LinkRefused(Reason reason) {
    super(reason == Reason.EXPIRED ? "The link has expired" : "The link is not valid");
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
