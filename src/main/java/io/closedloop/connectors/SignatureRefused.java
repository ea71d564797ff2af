package io.closedloop.connectors;

/** A webhook whose signature does not prove its sender: answered 401 naming the header, and nothing of it is stored. */
public class SignatureRefused extends RuntimeException {

  private final String header;

  public SignatureRefused(String header, String message) {
    super(message);
    this.header = header;
  }

  /** The header that was missing or wrong, e.g. {@code webhook-signature}. */
  public String header() {
    return header;
  }
}
