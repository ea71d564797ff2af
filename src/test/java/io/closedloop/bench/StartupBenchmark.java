package io.closedloop.bench;

import io.closedloop.bench.Benchmark.Figure;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up time and resident memory of the packaged jar at {@code -Xmx512m}, launched as a child
 * process on its own embedded PostgreSQL, without demo data: first start on an empty data
 * directory, then a restart on it; RSS (from /proc) idle after the restart and at its peak under
 * a load of detractors through the batch API. The JVM and its PostgreSQL are counted apart.
 */
final class StartupBenchmark implements Benchmark {

  private static final Pattern STARTED = Pattern.compile("Started ClosedLoopApplication in ([0-9.]+) seconds");

  @Override
  public String name() {
    return "startup";
  }

  @Override
  public boolean needsApplication() {
    return false;
  }

  @Override
  public Result run(BenchContext context) throws Exception {
    Path jar = jar(context.projectDir());
    Path dataDir = context.workDir().resolve("startup-data-" + System.nanoTime());
    Launch first = Launch.start(jar, dataDir, context.workDir());
    int restarts = context.size(2, 0);
    List<Double> restartSeconds = new ArrayList<>();
    Launch last = first;
    for (int i = 0; i < restarts; i++) {
      last.stop();
      last = Launch.start(jar, dataDir, context.workDir());
      restartSeconds.add(last.readySeconds);
    }
    if (restartSeconds.isEmpty()) {
      restartSeconds.add(first.readySeconds);
    }
    last.stop();
    List<Double> sharedClassesSeconds = new ArrayList<>();
    Path extracted = withClassDataSharing(jar, dataDir, context.workDir());
    for (int i = 0; i < Math.max(1, restarts); i++) {
      Launch shared = Launch.start(extracted, dataDir, context.workDir(), "-XX:SharedArchiveFile=" + archiveOf(extracted), "-Xlog:cds=off");
      sharedClassesSeconds.add(shared.readySeconds);
      shared.stop();
    }
    last = Launch.start(jar, dataDir, context.workDir());
    Thread.sleep(context.size(5_000, 1_000));
    long idleJvm = rssKb(last.process.pid());
    long idlePostgres = postgresRssKb(dataDir);
    long[] peak = last.underLoad(context.size(1_000, 50));
    last.stop();
    double restart = Stats.percentile(restartSeconds.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    return Result.of(name())
        .figure(Figure.atMost("start-up, restart on existing data (median)", Stats.round(restart, 1), "s", 15))
        .figure(Figure.atMost("start-up, first start on an empty database", Stats.round(first.readySeconds, 1), "s", 15))
        .figure(Figure.atMost("start-up, restart with a class-data-sharing archive (median)",
            Stats.round(Stats.percentile(sharedClassesSeconds.stream().mapToDouble(Double::doubleValue).toArray(), 50), 1), "s", 15))
        .figure(Figure.plain("RSS of the JVM, idle", Math.round(idleJvm / 1024.0), "MB"))
        .figure(Figure.plain("RSS of the JVM, peak under load", Math.round(peak[0] / 1024.0), "MB"))
        .figure(Figure.plain("RSS of its PostgreSQL, idle", Math.round(idlePostgres / 1024.0), "MB"))
        .figure(Figure.plain("RSS of its PostgreSQL, peak under load", Math.round(peak[1] / 1024.0), "MB"))
        .detail("jvmArgs", "-Xmx512m").detail("springReportedFirst", first.springSeconds)
        .detail("springReportedRestart", last.springSeconds).detail("restartSeconds", restartSeconds)
        .detail("classDataSharingRestartSeconds", sharedClassesSeconds)
        .detail("loadDetractors", context.size(1_000, 50)).detail("restartsMeasured", restarts).detail("loadSeconds", Stats.round(peak[2] / 1000.0, 1))
        .build();
  }

  /**
   * The jar extracted as Spring Boot's tools extract it, with a class-data-sharing archive of the
   * classes a training start on {@code dataDir} loaded (up to a refreshed context); answers the extracted jar.
   */
  static Path withClassDataSharing(Path jar, Path dataDir, Path workDir) throws Exception {
    Path extracted = workDir.resolve("extracted-" + System.nanoTime());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    run(workDir, java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString());
    Path application = extracted.resolve(jar.getFileName());
    run(workDir, java, "-Xmx512m", "-XX:ArchiveClassesAtExit=" + archiveOf(application), "-Dspring.context.exit=onRefresh", "-jar",
        application.toString(), "--server.port=0", "--closedloop.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
        "--closedloop.demo-data=false");
    if (!Files.exists(archiveOf(application))) {
      throw new IllegalStateException("the training run wrote no class-data-sharing archive");
    }
    return application;
  }

  private static Path archiveOf(Path extractedJar) {
    return extractedJar.resolveSibling("closedloop.jsa");
  }

  private static void run(Path workDir, String... command) throws Exception {
    Path log = workDir.resolve("cds-" + System.nanoTime() + ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
    }
  }

  static Path jar(Path project) throws IOException {
    if (System.getProperty("bench.jar") != null) {
      return Path.of(System.getProperty("bench.jar"));
    }
    try (Stream<Path> files = Files.list(project.resolve("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("closedloop-.*\\.jar")
          && !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no packaged jar in target/; run ./mvnw -Pbench verify"));
    }
  }

  static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }

  /** The summed RSS of the postgres processes serving this data directory (the postmaster and its children). */
  static long postgresRssKb(Path dataDir) throws IOException {
    String dir = dataDir.toAbsolutePath().toString();
    long postmaster = -1;
    List<long[]> all = new ArrayList<>();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path proc : (Iterable<Path>) procs.filter(p -> p.getFileName().toString().matches("[0-9]+"))::iterator) {
        try {
          String cmdline = Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
          String stat = Files.readString(proc.resolve("stat"));
          long pid = Long.parseLong(proc.getFileName().toString());
          long ppid = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
          if (cmdline.contains("postgres") && cmdline.contains(dir)) {
            postmaster = pid;
          }
          all.add(new long[] {pid, ppid});
        } catch (IOException | RuntimeException ignored) {
          // the process ended meanwhile
        }
      }
    }
    long total = postmaster < 0 ? 0 : rssKb(postmaster);
    for (long[] process : all) {
      if (process[1] == postmaster) {
        total += rssKb(process[0]);
      }
    }
    return total;
  }

  /** One launch of the packaged jar. */
  static final class Launch {
    final Process process;
    final int port;
    final Path dataDir;
    Path log;
    double readySeconds;
    String springSeconds;

    private Launch(Process process, int port, Path dataDir) {
      this.process = process;
      this.port = port;
      this.dataDir = dataDir;
    }

    /** The jar at {@code -Xmx512m} with {@code jvmOptions} besides, ready when its health is {@code UP}; admin {@code benchadmin}. */
    static Launch start(Path jar, Path dataDir, Path workDir, String... jvmOptions) throws Exception {
      return start(jar, dataDir, workDir, List.of(jvmOptions), List.of("--closedloop.demo-data=false"));
    }

    /** As {@link #start(Path, Path, Path, String...)}, with the application's own arguments (demo data, settings). */
    static Launch start(Path jar, Path dataDir, Path workDir, List<String> jvmOptions, List<String> arguments) throws Exception {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      Path log = workDir.resolve("startup-" + port + ".log");
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
      command.addAll(jvmOptions);
      command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
          "--closedloop.embedded-db.data-dir=" + dataDir.toAbsolutePath()));
      command.addAll(arguments);
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(Map.of("CLOSEDLOOP_ADMIN_USERNAME", "benchadmin", "CLOSEDLOOP_ADMIN_PASSWORD", "benchadmin"));
      long started = System.nanoTime();
      Launch launch = new Launch(builder.start(), port, dataDir);
      launch.log = log;
      HttpClient client = HttpClient.newHttpClient();
      while (true) {
        if (!launch.process.isAlive()) {
          throw new IllegalStateException("the application stopped during start-up; see " + log);
        }
        try {
          HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
              .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
          if (health.statusCode() == 200 && health.body().contains("UP")) {
            break;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        if (System.nanoTime() - started > 600_000_000_000L) {
          launch.process.destroyForcibly();
          throw new IllegalStateException("not ready within 10 minutes; see " + log);
        }
        Thread.sleep(100);
      }
      launch.readySeconds = (System.nanoTime() - started) / 1e9;
      Matcher matcher = STARTED.matcher(Files.readString(log));
      launch.springSeconds = matcher.find() ? matcher.group(1) : null;
      return launch;
    }

    /** Posts detractors while sampling RSS; the peaks of the JVM and of PostgreSQL in KB, and the load's milliseconds. */
    long[] underLoad(int detractors) throws Exception {
      AtomicBoolean loading = new AtomicBoolean(true);
      AtomicLong jvmPeak = new AtomicLong();
      AtomicLong postgresPeak = new AtomicLong();
      Thread sampler = new Thread(() -> {
        while (loading.get()) {
          jvmPeak.accumulateAndGet(rssKb(process.pid()), Math::max);
          try {
            postgresPeak.accumulateAndGet(postgresRssKb(dataDir), Math::max);
            Thread.sleep(200);
          } catch (IOException | InterruptedException e) {
            return;
          }
        }
      });
      sampler.start();
      var batches = new ArrayList<List<Object>>();
      var responses = SampleRows.detractors(detractors, 5, "bench-startup-" + System.nanoTime() + "-");
      for (int i = 0; i < responses.size(); i += 100) {
        batches.add(responses.subList(i, Math.min(responses.size(), i + 100)).stream().map(r -> (Object) r.toSubmission()).toList());
      }
      HttpClient client = HttpClient.newHttpClient();
      AtomicInteger next = new AtomicInteger();
      long started = System.nanoTime();
      IntakeBenchmark.runOn(2, () -> {
        for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
          BenchContext.expectOk(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/responses/batch"))
              .header("Authorization", BenchContext.basic("benchadmin")).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(BenchContext.JSON.writeValueAsString(batches.get(i)))).build(),
              HttpResponse.BodyHandlers.ofString()));
        }
        return null;
      });
      long millis = (System.nanoTime() - started) / 1_000_000;
      loading.set(false);
      sampler.join();
      return new long[] {jvmPeak.get(), postgresPeak.get(), millis};
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
