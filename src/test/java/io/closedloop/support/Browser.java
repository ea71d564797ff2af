package io.closedloop.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chrome or Chromium for the browser tests, found as {@link BrowserBinaries} says.
 * Where none can be had, the browser tests are skipped with one line saying why and how to run
 * them, except under {@code CI=true}, where a missing browser fails the run. A page
 * that breaks its Content-Security-Policy only logs it to the console and silently loses a
 * script or a style, so closing the browser fails the test if the console logged a violation.
 */
public final class Browser implements AutoCloseable {

  private static Optional<BrowserBinaries.Binaries> binaries;

  private final WebDriver driver;
  private final Path profile;
  private final String root;
  private final List<String> policyViolations = new ArrayList<>();

  private Browser(WebDriver driver, Path profile, String root) {
    this.driver = driver;
    this.profile = profile;
    this.root = root;
  }

  public static Browser open(int port) {
    return open(port, "en-US");
  }

  /** A browser whose user speaks this language first ({@code da}: Danish), as its Accept-Language says. */
  public static Browser open(int port, String language) {
    BrowserBinaries.Binaries found = binaries().orElseThrow(Browser::noBrowser);
    try {
      Path profile = Files.createTempDirectory("closedloop-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(found.browser());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
          "--window-size=1280,900", "--user-data-dir=" + profile, "--lang=" + language);
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
      LoggingPreferences console = new LoggingPreferences();
      console.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", console);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(found.driver())).usingAnyFreePort().build();
      return new Browser(new ChromeDriver(service, options), profile, "http://localhost:" + port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Optional<BrowserBinaries.Binaries> binaries() {
    if (binaries == null) {
      binaries = BrowserBinaries.find();
      if (binaries.isEmpty() && !isCi()) {
        System.err.println("Browser tests skipped: no Chrome or Chromium with its driver found. To run them, " + BrowserBinaries.HOW_TO_RUN + ".");
      }
    }
    return binaries;
  }

  /** Under CI a missing browser fails the test; elsewhere the test is skipped. */
  private static RuntimeException noBrowser() {
    String why = "No Chrome or Chromium with its driver found: " + BrowserBinaries.HOW_TO_RUN;
    return isCi() ? new IllegalStateException(why) : new TestAbortedException(why);
  }

  private static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Resizes the window, e.g. to a phone's 390 by 844. */
  public void resize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  public WebDriver driver() {
    return driver;
  }

  public void go(String path) {
    driver.get(root + path);
  }

  public void logIn(String user) {
    go("/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(user);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    waitUntil(d -> !d.getCurrentUrl().contains("/login"));
  }

  public <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(condition::apply);
  }

  /** Saves a screenshot to {@code target/screenshots/<name>.png}, for looking at what a failing test saw. */
  public void screenshot(String name) {
    try {
      Path target = Path.of("target", "screenshots");
      Files.createDirectories(target);
      Files.write(target.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the console said so far about refused scripts, styles and other content, oldest first. */
  public List<String> policyViolations() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getMessage().contains("Content Security Policy")) {
        policyViolations.add(entry.getMessage());
      }
    }
    return List.copyOf(policyViolations);
  }

  /** Quits the browser, and then fails if any page broke its Content-Security-Policy. */
  @Override
  public void close() {
    List<String> violations;
    try {
      violations = policyViolations();
    } finally {
      quit();
    }
    if (!violations.isEmpty()) {
      throw new AssertionError("The browser refused content under the Content-Security-Policy:\n" + String.join("\n", violations));
    }
  }

  private void quit() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp profile is harmless
    }
  }
}
