package io.closedloop.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP requests to the test application from a chosen client address: any address of
 * {@code 127.0.0.0/8} is this machine, so a test can be several clients over real connections.
 */
public final class FromAddress {

  private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(60_000));

  private final String address;

  private FromAddress(String address) {
    this.address = address;
  }

  /** A loopback address no other test uses (never {@code 127.0.0.1}, where the other tests come from). */
  public static FromAddress fresh() {
    int n = NEXT.getAndIncrement() % 62_500;
    return new FromAddress("127.42." + (n / 250 + 1) % 250 + "." + (n % 250 + 1));
  }

  /** A fixed loopback address, e.g. the one a test configures as its trusted proxy. */
  public static FromAddress of(String address) {
    return new FromAddress(address);
  }

  public String address() {
    return address;
  }

  /** A GET with HTTP Basic and any extra headers, answered over a connection from this address. */
  public Response get(int port, String path, String user, String password, String... extraHeaders) throws IOException {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(port, path, "Accept: application/json\r\nAuthorization: Basic " + basic + "\r\n", extraHeaders);
  }

  /** A GET for a page, as a browser that is not logged in asks for it, with any extra headers. */
  public Response page(int port, String path, String... extraHeaders) throws IOException {
    return send(port, path, "Accept: text/html\r\n", extraHeaders);
  }

  private Response send(int port, String path, String headerLines, String... extraHeaders) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(address, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n")
          .append("Connection: close\r\n").append(headerLines);
      for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
        request.append(extraHeaders[i]).append(": ").append(extraHeaders[i + 1]).append("\r\n");
      }
      OutputStream out = socket.getOutputStream();
      out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      return Response.parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Status, headers (names in lower case) and body as sent (chunk sizes included, if chunked). */
  public record Response(int status, Map<String, String> headers, String body) {

    static Response parse(String raw) {
      int end = raw.indexOf("\r\n\r\n");
      String[] head = raw.substring(0, end).split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int line = 1; line < head.length; line++) {
        int colon = head[line].indexOf(':');
        headers.put(head[line].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[line].substring(colon + 1).strip());
      }
      return new Response(Integer.parseInt(head[0].split(" ")[1]), headers, raw.substring(end + 4));
    }
  }
}
