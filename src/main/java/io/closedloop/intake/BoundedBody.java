package io.closedloop.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.util.unit.DataSize;

/**
 * A request body that may not be longer than a limit: refused before reading when its declared
 * length is over it, and as soon as the bytes read pass it when the length is not declared (chunked).
 */
public final class BoundedBody extends FilterInputStream {

  private final long limit;
  private final String name;
  private long read;

  private BoundedBody(InputStream body, long limit, String name) {
    super(body);
    this.limit = limit;
    this.name = name;
  }

  /**
   * The body, checked against {@code limit}; {@code name} says what it is in the refusal, e.g. "a CSV file".
   *
   * @param declaredLength the Content-Length of the request, or -1 when it has none
   */
  public static InputStream of(InputStream body, long declaredLength, DataSize limit, String name) {
    if (declaredLength > limit.toBytes()) {
      throw tooLarge(limit.toBytes(), name);
    }
    return new BoundedBody(body, limit.toBytes(), name);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) {
    read += n;
    if (read > limit) {
      throw tooLarge(limit, name);
    }
  }

  private static IntakeLimitExceeded tooLarge(long limit, String name) {
    return IntakeLimitExceeded.tooLarge("body", "is larger than the limit of " + readable(limit) + " for " + name);
  }

  static String readable(long bytes) {
    DataSize size = DataSize.ofBytes(bytes);
    if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
      return size.toMegabytes() + " MB";
    }
    return bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
  }
}
