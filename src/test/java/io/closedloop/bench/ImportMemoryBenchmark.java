package io.closedloop.bench;

import io.closedloop.bench.Benchmark.Figure;
import io.closedloop.bench.StartupBenchmark.Launch;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory of large requests to intake at {@code -Xmx512m}: the packaged jar as a child process on
 * its own embedded PostgreSQL, files generated on disk (full: about 198 MB each, the size of the
 * findings; quick: 2 MB) and streamed to it without a declared length (chunked), so every limit is
 * met while reading. For each request: its answer, its time, the peak heap (the largest heap
 * before a collection, from the JVM's GC log; without a collection, the heap used after the
 * request) and the peak RSS of the JVM (/proc, every 100 ms).
 */
final class ImportMemoryBenchmark implements Benchmark {

  private static final Pattern COLLECTION = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final int ROW_BYTES = 2_000;

  @Override
  public String name() {
    return "import-memory";
  }

  @Override
  public boolean needsApplication() {
    return false;
  }

  @Override
  public Result run(BenchContext context) throws Exception {
    long bytes = context.size(198_000_000, 2_000_000);
    int rows = (int) (bytes / ROW_BYTES);
    Path work = context.workDir();
    String run = "mem-" + System.currentTimeMillis();
    Path good = writeRows(work.resolve("memory-good.csv"), rows, run + "-good-", "9");
    Path bad = writeRows(work.resolve("memory-bad.csv"), rows, run + "-bad-", "eleven");
    Path oneField = writeOneField(work.resolve("memory-one-field.csv"), bytes);
    Path batch = writeBatch(work.resolve("memory-batch.json"), context.size(1_500_000, 15_000), run + "-batch-");

    Path gcLog = work.resolve("memory-gc-" + System.nanoTime() + ".log");
    Launch app = Launch.start(StartupBenchmark.jar(context.projectDir()), work.resolve("memory-data-" + System.nanoTime()), work,
        "-Xlog:gc:file=" + gcLog);
    Result.Builder result = Result.of(name()).detail("jvmArgs", "-Xmx512m").detail("rowsPerFile", rows);
    try {
      long idle = StartupBenchmark.rssKb(app.process.pid());
      result.figure(Figure.plain("RSS of the JVM before the requests", Math.round(idle / 1024.0), "MB"));
      measure(result, app, gcLog, "backfill of " + mb(good) + " MB, " + rows + " good rows", "/api/responses/import?openCases=false",
          "text/csv", good, 200);
      measure(result, app, gcLog, "import of " + mb(bad) + " MB, " + rows + " bad rows", "/api/responses/import", "text/csv", bad, 200);
      measure(result, app, gcLog, "import of one quoted field of " + mb(oneField) + " MB", "/api/responses/import", "text/csv",
          oneField, 400);
      measure(result, app, gcLog, "batch of " + mb(batch) + " MB", "/api/responses/batch", "application/json", batch, 413);
    } finally {
      app.stop();
      for (Path file : List.of(good, bad, oneField, batch)) {
        Files.deleteIfExists(file);
      }
    }
    return result.build();
  }

  private static void measure(Result.Builder result, Launch app, Path gcLog, String name, String path, String type, Path file,
      int expected) throws Exception {
    long collectionsBefore = Files.readAllLines(gcLog).size();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong rssPeak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (running.get()) {
        rssPeak.accumulateAndGet(StartupBenchmark.rssKb(app.process.pid()), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.start();
    long started = System.nanoTime();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    int status;
    String body;
    try {
      HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + path))
          .header("Authorization", BenchContext.basic("benchadmin")).header("Content-Type", type).timeout(Duration.ofMinutes(30))
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> open(file))).build(), HttpResponse.BodyHandlers.ofString());
      status = answer.statusCode();
      body = answer.body();
    } catch (IOException e) {
      status = -1;
      body = e.toString();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    running.set(false);
    sampler.join();
    Thread.sleep(500);
    long[] heap = heapPeaks(Files.readAllLines(gcLog).stream().skip(collectionsBefore).toList());
    if (heap[2] == 0) {
      // no collection during the request: the heap only grew, so its size now is its peak
      heap[0] = heapUsedMb(app.process.pid());
    }
    if (status != expected) {
      throw new IllegalStateException(name + ": expected " + expected + ", answered " + status + ": "
          + body.substring(0, Math.min(400, body.length())));
    }
    result.figure(Figure.atMost(name + ": peak heap", heap[0], "MB", 512));
    result.figure(Figure.plain(name + ": peak RSS of the JVM", Math.round(rssPeak.get() / 1024.0), "MB"));
    result.figure(Figure.plain(name + ": time to its " + status, Stats.round(seconds, 1), "s"));
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("status", status);
    detail.put("answerBytes", body.length());
    detail.put("answerStart", body.substring(0, Math.min(300, body.length())));
    detail.put("collections", heap[2]);
    detail.put("largestHeapAfterCollectionMb", heap[1]);
    result.detail(name, detail);
  }

  /** The largest heap before a collection, the largest after one (MB), and how many collections. */
  private static long[] heapPeaks(List<String> collections) {
    long before = 0;
    long after = 0;
    long count = 0;
    for (String line : collections) {
      Matcher matcher = COLLECTION.matcher(line);
      if (matcher.find()) {
        before = Math.max(before, Long.parseLong(matcher.group(1)));
        after = Math.max(after, Long.parseLong(matcher.group(2)));
        count++;
      }
    }
    return new long[] {before, after, count};
  }

  private static long heapUsedMb(long pid) throws IOException, InterruptedException {
    Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid),
        "GC.heap_info").redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jcmd.waitFor();
    Matcher used = Pattern.compile("used (\\d+)K").matcher(out);
    return used.find() ? Math.round(Long.parseLong(used.group(1)) / 1024.0) : -1;
  }

  private static java.io.InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long mb(Path file) throws IOException {
    return Math.round(Files.size(file) / 1e6);
  }

  private static Path writeRows(Path file, int rows, String prefix, String score) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      out.write("externalId,score,comment,answeredAt,customer.externalId\n");
      String comment = "\"A long comment, \"\"quoted\"\" " + "x".repeat(ROW_BYTES - 120) + "\"";
      for (int i = 0; i < rows; i++) {
        out.write(prefix + i + "," + score + "," + comment + ",2026-02-01T08:00:00Z," + prefix + "c-" + (i % 30_000) + "\n");
      }
    }
    return file;
  }

  private static Path writeOneField(Path file, long bytes) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      out.write("externalId,comment\nr-1,\"");
      char[] block = "x".repeat(1 << 16).toCharArray();
      for (long written = 0; written < bytes; written += block.length) {
        out.write(block);
      }
      out.write("\"\n");
    }
    return file;
  }

  private static Path writeBatch(Path file, int items, String prefix) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      out.write('[');
      for (int i = 0; i < items; i++) {
        out.write((i == 0 ? "" : ",") + "{\"externalId\":\"" + prefix + i + "\",\"score\":9,\"comment\":\"fine, thanks\","
            + "\"customer\":{\"externalId\":\"" + prefix + "c-" + i + "\"}}");
      }
      out.write(']');
    }
    return file;
  }
}
