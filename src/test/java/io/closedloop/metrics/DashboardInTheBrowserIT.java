package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Browser;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the dashboard's CSV files download with the page's own login, in English
 * and in Danish, and the wall screen swaps in fresh figures without reloading the page.
 */
@IntegrationTest
class DashboardInTheBrowserIT {

  private static final Pattern COUNT = Pattern.compile("(\\d+)");

  @LocalServerPort
  int port;

  @Test
  void leadership_downloads_a_figures_table_and_a_whole_drill_down_list_as_csv_with_the_page_login() {
    try (Browser browser = Browser.open(port)) {
      browser.logIn("lea");
      browser.go("/dashboard");

      List<Object> table = download(browser.driver(), browser.driver().findElement(By.cssSelector("#cut-table caption a.export")).getAttribute("href"));
      assertThat(table.get(0)).isEqualTo(200L);
      assertThat((String) table.get(1)).startsWith("text/csv");
      assertThat((String) table.get(2)).startsWith("attachment; filename=\"closedloop-nps-by-touchpoint-");
      assertThat((String) table.get(3)).startsWith("from,to,row,key,figures.responses");

      browser.driver().findElement(By.id("kpi-cases")).click();
      browser.waitUntil(d -> d.getCurrentUrl().contains("/dashboard/cases"));
      String exportAll = browser.driver().findElement(By.id("export-cases")).getText();
      Matcher count = COUNT.matcher(exportAll);
      assertThat(count.find()).as(exportAll).isTrue();
      List<Object> list = download(browser.driver(), browser.driver().findElement(By.id("export-cases")).getAttribute("href"));
      assertThat(list.get(0)).isEqualTo(200L);
      assertThat(((String) list.get(3)).strip().split("\r\n")).hasSize(Integer.parseInt(count.group(1)) + 1);
      browser.screenshot("dashboard-cases-export");
    }
  }

  @Test
  void a_danish_reader_cuts_the_nps_by_country_and_exports_that_table() {
    try (Browser browser = Browser.open(port, "da")) {
      browser.logIn("lea");
      browser.go("/dashboard");
      new Select(browser.driver().findElement(By.id("npsBy"))).selectByValue("country");
      browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
      browser.waitUntil(d -> d.getCurrentUrl().contains("npsBy=country"));

      assertThat(browser.driver().findElement(By.cssSelector("#cut-table thead th")).getText()).isEqualTo("Land");
      assertThat(browser.driver().findElement(By.cssSelector("#cut-table caption")).getText()).contains("NPS pr. land", "Eksportér CSV");
      List<Object> csv = download(browser.driver(), browser.driver().findElement(By.cssSelector("#cut-table caption a.export")).getAttribute("href"));
      assertThat(csv.get(0)).isEqualTo(200L);
      assertThat((String) csv.get(2)).contains("closedloop-nps-by-country-");
      browser.waitUntil(d -> d.findElement(By.id("cut-chart")).getSize().getHeight() > 50);
      browser.screenshot("dashboard-danish-by-country");
    }
  }

  @Test
  void the_wall_swaps_in_fresh_figures_without_reloading_the_page() {
    try (Browser browser = Browser.open(port)) {
      browser.logIn("wall");
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/wall"));
      browser.waitUntil(d -> d.findElement(By.id("wall-trend-chart")).getSize().getHeight() > 50);
      JavascriptExecutor page = (JavascriptExecutor) browser.driver();
      page.executeScript("window.sameWallPage = true;");
      String updated = browser.driver().findElement(By.id("wall-figures")).getAttribute("data-updated");
      int open = Integer.parseInt(browser.driver().findElement(By.id("wall-open")).getText());

      Detractors.newCase(port, 2, "Still waiting", "Wall Browser Customer");
      // the page polls every minute; ask it to poll now by the same mechanism, sooner
      page.executeScript("var figures = document.getElementById('wall-figures');"
          + " figures.setAttribute('hx-trigger', 'every 1s'); htmx.process(figures);");

      browser.waitUntil(d -> !updated.equals(d.findElement(By.id("wall-figures")).getAttribute("data-updated")));
      assertThat(page.executeScript("return window.sameWallPage === true;")).isEqualTo(true);
      assertThat(Integer.parseInt(browser.driver().findElement(By.id("wall-open")).getText())).isEqualTo(open + 1);
      assertThat(browser.driver().findElement(By.id("wall-figures")).getAttribute("hx-trigger")).isEqualTo("every 60s");
      browser.waitUntil(d -> d.findElement(By.id("wall-trend-chart")).getSize().getHeight() > 50);
      assertThat(page.executeScript("return Chart.getChart(document.getElementById('wall-trend-chart')) != null;")).isEqualTo(true);
      browser.screenshot("wall-refreshed");
    }
  }

  /** Fetches a link as the page would download it, with the page's cookies: status, type, disposition and body. */
  @SuppressWarnings("unchecked")
  private static List<Object> download(WebDriver driver, String href) {
    return (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
        var done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'})
          .then(function (r) { return r.text().then(function (t) {
            done([r.status, r.headers.get('content-type'), r.headers.get('content-disposition'), t]); }); })
          .catch(function (e) { done(['failed', String(e), '', '']); });
        """, href);
  }
}
