package io.closedloop.support;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.manager.SeleniumManager;
import org.openqa.selenium.manager.SeleniumManagerOutput.Result;

/**
 * Where the browser tests find Chrome or Chromium and its driver, the way Selenium does on its own:
 * the paths given with {@code -Dclosedloop.chromium} and {@code -Dclosedloop.chromedriver}; else
 * Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; else Selenium Manager,
 * first offline (an installed Chrome or Chromium and a cached driver), then online with a time
 * limit (it fetches a matching Chrome for Testing and driver where the internet is reachable), so
 * looking never hangs without the internet.
 */
final class BrowserBinaries {

  /** A browser and the driver that drives it. */
  record Binaries(String browser, String driver) {}

  static final String HOW_TO_RUN = "install Chromium and its driver (Debian: apt-get install chromium chromium-driver), "
      + "or point -Dclosedloop.chromium and -Dclosedloop.chromedriver at a browser and its driver, "
      + "or run once with the internet so Selenium Manager can fetch Chrome for Testing";
  private static final long ONLINE_LOOKUP_SECONDS = 90;

  private BrowserBinaries() {}

  static Optional<Binaries> find() {
    String browser = System.getProperty("closedloop.chromium");
    String driver = System.getProperty("closedloop.chromedriver");
    if (browser != null || driver != null) {
      return usable(browser, driver);
    }
    return usable("/usr/bin/chromium", "/usr/bin/chromedriver")
        .or(() -> fromSeleniumManager(List.of("--browser", "chrome", "--offline")))
        .or(() -> fromSeleniumManager(List.of("--browser", "chrome", "--timeout", "30")));
  }

  private static Optional<Binaries> fromSeleniumManager(List<String> arguments) {
    try {
      Result found = CompletableFuture.supplyAsync(() -> SeleniumManager.getInstance().getBinaryPaths(arguments))
          .get(ONLINE_LOOKUP_SECONDS, TimeUnit.SECONDS);
      return found.getCode() == 0 ? usable(found.getBrowserPath(), found.getDriverPath()) : Optional.empty();
    } catch (Exception notFound) {
      return Optional.empty();
    }
  }

  private static Optional<Binaries> usable(String browser, String driver) {
    boolean both = browser != null && driver != null && new File(browser).canExecute() && new File(driver).canExecute();
    return both ? Optional.of(new Binaries(browser, driver)) : Optional.empty();
  }
}
