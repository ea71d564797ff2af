package io.closedloop.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.closedloop.bench.Benchmark.Figure;
import io.closedloop.bench.Benchmark.Result;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the benchmarks and writes one JSON file per benchmark, then all of them together. A
 * benchmark whose file exists is skipped (the suite resumes where it stopped) unless
 * {@code -Dbench.force=true} or it is named in {@code -Dbench.force=intake,import}.
 * {@code -Dbench.quick=true} runs every benchmark small, as a smoke test, into {@code target/bench-quick}.
 * {@code -Dbench.only=inbox,sweep} runs only those.
 */
public final class BenchmarkSuite {

  private BenchmarkSuite() {}

  static List<Benchmark> all() {
    List<Benchmark> benchmarks = new ArrayList<>(List.of(
        new StartupBenchmark(), new IntakeBenchmark(), new ImportBenchmark(), new ImportMemoryBenchmark(), new InboxBenchmark(),
        new SweepBenchmark(), new ScaleBenchmark()));
    benchmarks.addAll(MetricsBenchmarks.all());
    return benchmarks;
  }

  public static void main(String[] args) throws Exception {
    boolean quick = Boolean.getBoolean("bench.quick");
    Path project = Path.of(System.getProperty("bench.project", ".")).toAbsolutePath().normalize();
    Path results = quick ? project.resolve("target/bench-quick") : project.resolve("bench/results");
    Files.createDirectories(results);
    Path work = project.resolve("target/bench-work");
    Files.createDirectories(work);
    String force = System.getProperty("bench.force", "false");
    Set<String> only = names(System.getProperty("bench.only", ""));
    int failures = 0;
    try (BenchContext context = new BenchContext(quick, work, project)) {
      for (Benchmark benchmark : all()) {
        Path file = results.resolve(benchmark.name() + ".json");
        boolean forced = quick || "true".equals(force) || names(force).contains(benchmark.name());
        if (!only.isEmpty() && !only.contains(benchmark.name())) {
          continue;
        }
        if (Files.exists(file) && !forced) {
          System.out.println("== " + benchmark.name() + ": done before, skipped (force with -Dbench.force=" + benchmark.name() + ")");
          continue;
        }
        System.out.println("== " + benchmark.name() + (quick ? " (quick)" : "") + " at " + Instant.now());
        long started = System.nanoTime();
        try {
          Result result = benchmark.run(context);
          Map<String, Object> written = new LinkedHashMap<>();
          written.put("benchmark", result.benchmark());
          written.put("finishedAt", Instant.now().toString());
          written.put("seconds", Stats.round((System.nanoTime() - started) / 1e9, 1));
          written.put("quick", quick);
          written.put("machine", machine());
          written.put("figures", result.figures());
          written.put("details", result.details());
          BenchContext.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), written);
          print(result);
        } catch (Exception | AssertionError e) {
          failures++;
          System.out.println("!! " + benchmark.name() + " failed: " + e);
          e.printStackTrace(System.out);
        }
      }
    }
    merge(results, quick ? results.resolve("results.json") : project.resolve("bench/results.json"));
    System.out.println("Results in " + results);
    System.exit(failures == 0 ? 0 : 1);
  }

  private static Set<String> names(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty() && !s.equals("false") && !s.equals("true"))
        .collect(Collectors.toSet());
  }

  static Map<String, Object> machine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cpus", Runtime.getRuntime().availableProcessors());
    machine.put("memoryGb", Stats.round(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize() / 1e9, 1));
    machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    machine.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return machine;
  }

  private static void print(Result result) {
    for (Figure figure : result.figures()) {
      System.out.printf("   %-45s %12.2f %-10s%s%n", figure.name(), figure.value(), figure.unit(),
          figure.baseline() == null ? (figure.target() == null ? "" : "  target " + target(figure))
              : String.format("  vs %s %.2f: %.2f×%s", figure.baselineName(), figure.baseline(), figure.ratio(),
                  figure.target() == null ? "" : " (target " + target(figure) + ")"));
    }
  }

  private static String target(Figure figure) {
    return figure.target() + (Boolean.TRUE.equals(figure.met()) ? " met" : " MISSED");
  }

  private static void merge(Path results, Path target) throws IOException {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("machine", machine());
    List<Object> benchmarks = new ArrayList<>();
    List<String> order = all().stream().map(Benchmark::name).toList();
    for (String name : order) {
      Path file = results.resolve(name + ".json");
      if (Files.exists(file)) {
        benchmarks.add(BenchContext.JSON.readTree(file.toFile()));
      }
    }
    all.put("benchmarks", benchmarks);
    BenchContext.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(target.toFile(), all);
  }
}
