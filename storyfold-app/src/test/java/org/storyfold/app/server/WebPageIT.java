package org.storyfold.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.storyfold.StoryfoldConfig;
import org.storyfold.app.Main;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;

/**
 * The pages in a real browser (Debian's chromium, driven through chromium-driver), at a phone's
 * width (390 px) and a desk's (1280 px): the seed articles ingested with {@code storyfold ingest}
 * and served as {@code storyfold serve} serves them, four articles whose counts of one quantity
 * disagree, and an article that tries to run script. Each page is checked for sideways scrolling,
 * broken dates and, with axe-core, accessibility violations; the story page for the order of its
 * sections and citations that open in place. Screenshots go to {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String SEED_TITLE = "IS fighters surrender as Raqa’s fall nears";
    private static final String EVIL_TEXT = "The council met on Tuesday <img src=x onerror=\"window.__pwned = 2\">"
            + " and voted for the plan after a long debate about roads and schools.";
    private static final int PHONE = 390;
    private static final int DESK = 1280;
    /** The sections of a story page, in the order an editor reads them; some are left out when empty. */
    private static final List<String> SECTION_ORDER = List.of("summary", "confirmed", "conflicts", "coverage", "timeline",
            "quotes", "figures", "names", "copies", "articles");

    @TempDir
    static Path dir;

    private static StoryStore store;
    private static ApiServer server;
    private static ChromeDriver browser;
    private static String base;
    private static String axe;

    @BeforeAll
    static void ingestServeAndOpenABrowser() throws Exception {
        Path data = dir.resolve("data");
        Path evil = Files.createDirectories(dir.resolve("evil"));
        Files.writeString(evil.resolve("council.txt"), "Council <script>window.__pwned = 1</script> votes on the budget\n\n"
                + EVIL_TEXT + "\n\nMembers said the vote <b onmouseover=\"window.__pwned = 3\">was close</b> and that"
                + " the plan would cost the town more than the mayor expected last year.");
        Path harmon = Files.createDirectories(dir.resolve("harmon"));
        String[] reports = {
            "Officials said 300 to 400 militants remained in the town of Harmon after the raid on the old fort.",
            "Officials said 300-400 militants remained in the town of Harmon after the raid on the old fort on Sunday.",
            "A rebel commander said up to 150 militants remained in the town of Harmon after the raid on the fort."};
        for (int i = 0; i < reports.length; i++) {
            Files.writeString(harmon.resolve("harmon" + i + ".jsonl"), "{\"id\": \"harmon" + i + "\", \"title\":"
                    + " \"Militants hold out in Harmon fort\", \"published\": \"2021-05-0" + (3 + i) + "\", \"outlet\":"
                    + " \"Outlet " + i + "\", \"text\": \"" + reports[i] + " Families in Harmon said the fighting around"
                    + " the old fort went on through the night and into the morning.\"}\n");
        }
        assertThat(cli("ingest", "--data", data.toString(), "-q", seeds().toString())).isZero();
        assertThat(cli("ingest", "--data", data.toString(), "-q", evil.toString())).isZero();
        assertThat(cli("ingest", "--data", data.toString(), "-q", harmon.toString())).isZero();

        store = StoryStore.open(data, StoryfoldConfig.defaults(), StoreConfig.defaults());
        server = new ApiServer(store, ServerSettings.loopback(0), "test", new PrintWriter(System.err, true));
        server.start();
        base = server.url().replaceAll("/$", "");
        Path axeScript = axeCore();
        axe = Files.readString(axeScript, StandardCharsets.UTF_8);
        browser = chromium();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeAll() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    @Order(1)
    void theStoryPageShowsTheAnswersFirstInOrder() throws IOException {
        width(DESK);
        browser.get(base + "/stories/s1");
        assertThat(text("h1")).isEqualTo(SEED_TITLE);
        assertThat(text(".status-line")).startsWith("4 articles from 2 independent sources")
                .contains("first reported 14 Oct 2017").contains("last updated 14 Oct 2017");
        assertThat(text(".warnings")).contains("is dated 14 Nov 2017 but reports events of 14 Oct 2017");
        assertThat(sectionOrder()).isEqualTo(SECTION_ORDER.stream().filter(sectionOrder()::contains).toList())
                .containsSubsequence("summary", "confirmed", "conflicts", "coverage", "timeline", "quotes", "figures",
                        "copies", "articles");
        // Quotes, figures, names, copies and all articles are folded; the answers are not.
        for (String folded : List.of("quotes", "figures", "names", "copies", "articles")) {
            assertThat(browser.findElement(By.cssSelector("details.section-" + folded)).getAttribute("open")).isNull();
        }
        assertThat(text(".section-coverage")).contains("prints the AFP dispatch").contains("reuses sentences of [2]");
        // The storyline links the story about the talks, and the count of fighters across both stories.
        assertThat(text(".storyline")).contains("With IS surrounded, talks held on civilian exit from Raqa");
        assertThat(text(".section-conflicts")).contains("fighters remaining in Raqa, across the storyline")
                .contains("between 600 and 700");
        // Everything up to the coverage fits in the first 2,500 px.
        Number bottom = (Number) js("return document.querySelector('.section-coverage').getBoundingClientRect().bottom"
                + " + window.scrollY");
        assertThat(bottom.doubleValue()).isLessThan(2500);
        fullPageScreenshot("1-story-1280");
    }

    @Test
    @Order(2)
    void aCitationShowsItsSentenceInPlaceByMouseTapAndKeyboard() throws IOException {
        width(DESK);
        browser.get(base + "/stories/s1");
        String url = browser.getCurrentUrl();
        WebElement mark = browser.findElement(By.cssSelector(".section-summary details.cite"));
        WebElement body = mark.findElement(By.cssSelector(".cite-body"));
        assertThat(body.isDisplayed()).isFalse();
        mark.findElement(By.tagName("summary")).click();
        await(body::isDisplayed);
        assertThat(body.getText()).contains("Dozens of").contains("surrendered");
        assertThat(browser.getCurrentUrl()).isEqualTo(url);
        screenshot("2-citation-open");
        // Opening another closes the first; Escape closes it and gives the focus back to its mark.
        WebElement second = browser.findElements(By.cssSelector(".section-summary details.cite")).get(1);
        second.findElement(By.tagName("summary")).click();
        await(() -> second.getAttribute("open") != null && mark.getAttribute("open") == null);
        browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        await(() -> second.getAttribute("open") == null);
        // The keyboard opens it too.
        second.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
        await(() -> second.getAttribute("open") != null);
        assertThat(browser.getCurrentUrl()).isEqualTo(url);

        // At a phone's width a tap shows the sentence, and the page does not move elsewhere.
        width(PHONE);
        browser.get(base + "/stories/s1");
        WebElement tap = browser.findElement(By.cssSelector(".section-summary details.cite"));
        js("arguments[0].scrollIntoView({block: 'center'})", tap);
        Number before = (Number) js("return window.scrollY");
        tap.findElement(By.tagName("summary")).click();
        await(() -> tap.findElement(By.cssSelector(".cite-body")).isDisplayed());
        assertThat(((Number) js("return window.scrollY")).doubleValue()).isCloseTo(before.doubleValue(),
                org.assertj.core.data.Offset.offset(5.0));
        assertThat(browser.getCurrentUrl()).isEqualTo(url);
        screenshot("2-citation-open-390");
    }

    @Test
    @Order(3)
    void aCopysChangesOpenBesideItsOriginal() throws IOException {
        width(DESK);
        browser.get(base + "/stories/s1");
        WebElement copies = browser.findElement(By.cssSelector("details.section-copies"));
        copies.findElement(By.tagName("summary")).click();
        assertThat(copies.getText()).contains("is a near copy of").contains("reuses 3 sentences of");
        WebElement changes = copies.findElement(By.cssSelector("details.changes"));
        changes.findElement(By.tagName("summary")).click();
        await(() -> !changes.findElements(By.cssSelector(".diff-table")).isEmpty());
        WebElement table = changes.findElement(By.cssSelector(".diff-table"));
        assertThat(table.findElements(By.cssSelector("thead th"))).hasSize(2);
        assertThat(table.findElements(By.cssSelector("tbody tr")).size()).isGreaterThan(5);
        assertThat(table.findElements(By.cssSelector("del, ins"))).isNotEmpty();
        screenshot("3-copy-changes");
    }

    @Test
    @Order(4)
    void figuresThatDisagreeAreOneClaimPerAmount() {
        width(DESK);
        browser.get(base + "/search?q=Harmon%20militants");
        browser.findElement(By.cssSelector(".story-hit a")).click();
        await(() -> browser.getCurrentUrl().contains("/stories/"));
        String conflicts = text(".section-conflicts");
        assertThat(conflicts).contains("militants remaining in Harmon").contains("300 to 400 = 300-400")
                .contains("up to 150");
        assertThat(browser.findElements(By.cssSelector(".section-conflicts .claims li"))).hasSize(2);
    }

    @Test
    @Order(5)
    void everyPageFitsAPhoneAndADeskAndPassesAxe() throws IOException {
        List<String> pages = List.of("/", "/?sort=sources", "/sources", "/stories/s1", "/stories/s2",
                "/articles/002_e879aae13f05d629", "/articles/004_caf3c2726321cc26", "/search?q=Raqqa%20surrender");
        List<String> problems = new ArrayList<>();
        for (int w : List.of(PHONE, DESK)) {
            width(w);
            for (String page : pages) {
                browser.get(base + page);
                // Folded parts open, so that what they hold is checked too.
                js("document.querySelectorAll('details').forEach(d => d.open = true)");
                Number overflow = (Number) js("return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth");
                if (overflow.intValue() > 0) {
                    problems.add(page + " at " + w + " px scrolls sideways by " + overflow + " px");
                }
                Number broken = (Number) js("return [...document.querySelectorAll('time')]"
                        + ".filter(t => t.getClientRects().length > 1).length");
                if (broken.intValue() > 0) {
                    problems.add(page + " at " + w + " px breaks " + broken + " dates across lines");
                }
                List<String> violations = axeViolations();
                violations.forEach(v -> problems.add(page + " at " + w + " px: " + v));
                String name = page.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                screenshot("5-" + (name.isEmpty() ? "home" : name) + "-" + w);
            }
            // The search field and its button stay on screen.
            browser.get(base + "/");
            for (String css : List.of("#q", ".search button")) {
                Map<?, ?> box = (Map<?, ?>) js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                        + " return {left: r.left, right: r.right, width: window.innerWidth};", css);
                if (((Number) box.get("left")).doubleValue() < 0
                        || ((Number) box.get("right")).doubleValue() > ((Number) box.get("width")).doubleValue()) {
                    problems.add(css + " is off screen at " + w + " px: " + box);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @Order(6)
    void theHomeListSortsAndAnArticleHasItsOwnPage() throws IOException {
        width(DESK);
        browser.get(base + "/");
        assertThat(text("main")).contains(SEED_TITLE).contains("4 articles · 2 independent sources");
        browser.findElement(By.linkText("most independent sources first")).click();
        await(() -> browser.getCurrentUrl().endsWith("/?sort=sources"));
        assertThat(browser.findElements(By.cssSelector(".story-hit")).get(0).getText()).contains("2 independent sources");

        browser.get(base + "/articles/002_e879aae13f05d629");
        assertThat(text("h1")).isEqualTo("Daesh on the run as stronghold Raqqa’s fall nears");
        assertThat(text("main")).contains("It is a near copy of").contains("Dozens of IS fighters surrender");
        assertThat(browser.findElements(By.cssSelector("#changes .diff-table"))).hasSize(1);
        browser.findElement(By.linkText(SEED_TITLE)).click();
        await(() -> browser.getCurrentUrl().endsWith("/stories/s1"));
        browser.navigate().back();
        await(() -> browser.getCurrentUrl().endsWith("/articles/002_e879aae13f05d629"));
        screenshot("6-article");
        browser.get(base + "/articles/no-such-article");
        assertThat(text("h1")).isEqualTo("Not found");
    }

    @Test
    @Order(7)
    void neverRunsScriptFromAnArticle() throws IOException {
        width(DESK);
        browser.get(base + "/search?q=council");
        browser.findElement(By.partialLinkText("Council")).click();
        await(() -> text("main").contains("Summary") || text("main").contains("Coverage"));
        String story = browser.getCurrentUrl();
        browser.findElement(By.cssSelector(".section-coverage a")).click();
        await(() -> !browser.getCurrentUrl().equals(story));
        assertThat(text("h1")).isEqualTo("Council <script>window.__pwned = 1</script> votes on the budget");
        assertThat(text("main")).contains("<img src=x onerror=\"window.__pwned = 2\">")
                .contains("<b onmouseover=\"window.__pwned = 3\">was close</b>");
        assertThat(browser.findElements(By.cssSelector("main script, main img, main b"))).isEmpty();
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(alertShown()).isFalse();
        screenshot("7-untrusted-text-as-text");
    }

    /** axe-core's serious and critical violations on the page, one line each. */
    @SuppressWarnings("unchecked")
    private static List<String> axeViolations() {
        js(axe);
        Object result = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                        + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                        + ".catch(e => done(['axe failed: ' + e]));");
        return (List<String>) result;
    }

    private static List<String> sectionOrder() {
        List<String> out = new ArrayList<>();
        for (WebElement e : browser.findElements(By.cssSelector("article.story > .section-summary, article.story > "
                + "[class*='section-']"))) {
            for (String c : e.getAttribute("class").split(" ")) {
                if (c.startsWith("section-") && !out.contains(c.substring(8))) {
                    out.add(c.substring(8));
                }
            }
        }
        return out;
    }

    private static void width(int w) {
        browser.manage().window().setSize(new Dimension(w, 900));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static boolean alertShown() {
        try {
            browser.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void await(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (RuntimeException e) {
                // The page is still loading; look again.
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the page did not reach the expected state within 10 s; it shows: "
                + browser.findElement(By.tagName("body")).getText());
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page at once: the window made as tall as the document for the shot. */
    private static void fullPageScreenshot(String name) throws IOException {
        Dimension before = browser.manage().window().getSize();
        Number height = (Number) js("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(before.getWidth(), Math.min(height.intValue() + 150, 12_000)));
        try {
            screenshot(name);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private static Path axeCore() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        Path script = p.resolve("storyfold-app/src/test/axe/node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("the browser tests need axe-core: bin/test installs it, or run"
                    + " bin/lib/axe.sh (npm ci --prefix storyfold-app/src/test/axe)");
        }
        return script;
    }

    private static ChromeDriver chromium() {
        Path binary = Path.of("/usr/bin/chromium");
        Path driver = Path.of("/usr/bin/chromedriver");
        if (!Files.isExecutable(binary) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver"
                    + " (bin/test installs them; or: apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
                // No background traffic: nothing leaves the machine during the tests.
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability",
                "--disable-client-side-phishing-detection", "--metrics-recording-only", "--no-pings",
                "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static int cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (code != 0) {
            System.err.println(err);
        }
        return code;
    }

    private static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        return p.resolve("examples/raqqa");
    }
}
