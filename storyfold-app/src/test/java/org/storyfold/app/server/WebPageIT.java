package org.storyfold.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.interactions.Actions;
import org.storyfold.StoryfoldConfig;
import org.storyfold.app.Main;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;

/**
 * The web page in a real browser (Debian's chromium, driven through chromium-driver): the seed
 * articles ingested with {@code storyfold ingest}, served as {@code storyfold serve} serves them,
 * then the list, a search, the seeds' story with its citations and copies, a story whose brief has
 * every optional section, and an article that tries to run script. Screenshots go to
 * {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String SEED_TITLE = "IS fighters surrender as Raqa’s fall nears";
    private static final String EVIL_TEXT = "The council met on Tuesday <img src=x onerror=\"window.__pwned = 2\">"
            + " and voted for the plan after a long debate about roads and schools.";

    @TempDir
    static Path dir;

    private static StoryStore store;
    private static ApiServer server;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void ingestServeAndOpenABrowser() throws Exception {
        Path data = dir.resolve("data");
        Path evil = Files.createDirectories(dir.resolve("evil"));
        Files.writeString(evil.resolve("council.txt"), "Council <script>window.__pwned = 1</script> votes on the budget\n\n"
                + EVIL_TEXT + "\n\nMembers said the vote <b onmouseover=\"window.__pwned = 3\">was close</b> and that"
                + " the plan would cost the town more than the mayor expected last year.");
        assertThat(cli("ingest", "--data", data.toString(), "-q", seeds().toString())).isZero();
        assertThat(cli("ingest", "--data", data.toString(), "-q", evil.toString())).isZero();
        addBriefSectionsFixture(data);

        store = StoryStore.open(data, StoryfoldConfig.defaults(), StoreConfig.defaults());
        server = new ApiServer(store, ServerSettings.loopback(0), "test", new PrintWriter(System.err, true));
        server.start();
        base = server.url().replaceAll("/$", "");
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
    void listsTheStoriesAndSearchesThem() throws IOException {
        browser.get(base + "/");
        await(() -> text("main").contains(SEED_TITLE));
        // The hand-made story s900, written straight into the database, is put into the search index
        // when the store opens and finds the index holding fewer stories than it: four stories.
        assertThat(text("main")).contains("4 stories, newest first").contains("4 articles · 2 independent sources");
        screenshot("1-story-list");

        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("surrendered", Keys.ENTER);
        await(() -> browser.getCurrentUrl().endsWith("/search?q=surrendered") && text("main").contains("articles"));
        List<WebElement> marks = browser.findElements(By.cssSelector(".story-hit mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks.get(0).getText().toLowerCase()).startsWith("surrender");
        assertThat(browser.findElements(By.cssSelector(".article-hit"))).hasSize(5);
        screenshot("2-search");
    }

    @Test
    @Order(2)
    void opensTheSeedsStoryAtItsOwnAddressWithCitedSummary() throws IOException {
        browser.findElement(By.linkText(SEED_TITLE)).click();
        await(() -> browser.getCurrentUrl().endsWith("/stories/s1") && text("main").contains("Summary"));
        for (String heading : List.of("Summary", "Stated by two or more articles", "Independent sources", "Copies",
                "All articles")) {
            assertThat(browser.findElements(By.xpath("//h2[normalize-space()='" + heading + "']"))).hasSize(1);
        }
        assertThat(browser.findElements(By.cssSelector("#section-sources li"))).hasSize(2);

        // Hovering a citation mark shows the cited article's own sentence.
        WebElement cite = browser.findElement(By.cssSelector("#section-summary .cite"));
        WebElement tip = browser.findElement(By.id(cite.getAttribute("aria-describedby")));
        assertThat(tip.isDisplayed()).isFalse();
        new Actions(browser).moveToElement(cite).perform();
        await(tip::isDisplayed);
        assertThat(tip.getText()).startsWith(cite.getText() + " ").contains("Dozens of Islamic State (IS) group fighters");
        screenshot("3-story-citation-hover");

        // So does reaching it with the keyboard.
        new Actions(browser).moveToElement(browser.findElement(By.id("story-title"))).perform();
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", cite);
        await(tip::isDisplayed);

        // The same address opened afresh shows the same story.
        browser.navigate().refresh();
        await(() -> text("#story-title").equals(SEED_TITLE));
    }

    @Test
    @Order(3)
    void showsEachCopyBesideItsOriginalWithTheChangesMarked() throws IOException {
        WebElement copies = browser.findElement(By.id("section-copies"));
        assertThat(copies.getText()).contains("is a near copy of").contains("reuses 3 sentences of");
        WebElement button = copies.findElement(By.xpath(".//button[normalize-space()='Show the changes']"));
        button.sendKeys(Keys.ENTER);
        await(() -> !copies.findElements(By.cssSelector(".diff-table")).isEmpty());
        WebElement table = copies.findElement(By.cssSelector(".diff-table"));
        assertThat(table.findElements(By.cssSelector("thead th"))).hasSize(2);
        assertThat(table.findElements(By.cssSelector("tbody tr")).size()).isGreaterThan(5);
        assertThat(table.findElements(By.cssSelector("del, ins"))).isNotEmpty();
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", copies);
        screenshot("4-copies-side-by-side");
        fullPageScreenshot("4-seeds-story-whole-page");
    }

    @Test
    @Order(4)
    void rendersConflictsQuotesFiguresTimelineAndEntitiesWhenTheBriefHasThem() throws IOException {
        browser.get(base + "/stories/s900");
        await(() -> text("main").contains("Where the sources disagree"));
        for (String id : List.of("conflicts", "quotes", "figures", "timeline", "entities")) {
            assertThat(browser.findElements(By.cssSelector("#section-" + id + " table"))).hasSize(1);
        }
        assertThat(text("#section-conflicts")).contains("How many IS fighters surrendered").contains("Around 100");
        assertThat(text("#section-quotes")).contains("A Raqa official").contains("[2]").contains("[1]");
        assertThat(text("#section-entities")).contains("Syrian Democratic Forces");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.id("section-conflicts")));
        screenshot("5-brief-sections");
        fullPageScreenshot("5-brief-sections-whole-page");
        // A real brief shows the section exactly when it has conflicts (the seeds' story has, 003 alone has not).
        for (String id : List.of("s1", "s2")) {
            browser.get(base + "/stories/" + id);
            await(() -> browser.getCurrentUrl().endsWith("/stories/" + id) && text("main").contains("Summary"));
            int conflicts = new ObjectMapper().readTree(store.storyPage(id).orElseThrow()).at("/story/brief/conflicts").size();
            assertThat(browser.findElements(By.id("section-conflicts"))).hasSize(conflicts > 0 ? 1 : 0);
        }
    }

    @Test
    @Order(5)
    void neverRunsScriptFromAnArticle() throws IOException {
        browser.get(base + "/search?q=council");
        await(() -> text("main").contains("Council"));
        browser.findElement(By.partialLinkText("Council")).click();
        await(() -> text("main").contains("Summary"));
        browser.findElement(By.xpath("//button[normalize-space()='Read the text']")).click();
        await(() -> text(".article-text").contains("was close"));
        for (WebElement e : browser.findElements(By.cssSelector("main *"))) {
            new Actions(browser).moveToElement(e).perform();
            break;
        }

        assertThat(text("#story-title")).isEqualTo("Council <script>window.__pwned = 1</script> votes on the budget");
        assertThat(text("main")).contains("<img src=x onerror=\"window.__pwned = 2\">")
                .contains("<b onmouseover=\"window.__pwned = 3\">was close</b>");
        assertThat(browser.findElements(By.cssSelector("main script, main img, main b"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(alertShown()).isFalse();
        screenshot("6-untrusted-text-as-text");
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
                // The page is still being built; look again.
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
        Number height = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(before.getWidth(), Math.min(height.intValue() + 150, 12_000)));
        try {
            screenshot(name);
        } finally {
            browser.manage().window().setSize(before);
        }
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
                "--window-size=1280,1000", "--no-first-run", "--no-default-browser-check",
                // No background traffic: nothing leaves the machine during the tests.
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability",
                "--disable-client-side-phishing-detection", "--metrics-recording-only", "--no-pings",
                "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** A story whose brief carries hand-made optional sections, stored beside the real ones. */
    private static void addBriefSectionsFixture(Path data) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode fixture = (ObjectNode) json.readTree(WebPageIT.class.getResourceAsStream("/fixtures/brief-sections.json"));
        fixture.remove("_comment");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("storyfold.db"));
             var s = c.createStatement()) {
            var rs = s.executeQuery("SELECT * FROM stories WHERE id = 's1'");
            assertThat(rs.next()).isTrue();
            ObjectNode page = (ObjectNode) json.readTree(rs.getString("page"));
            ObjectNode story = (ObjectNode) page.get("story");
            story.put("id", "s900");
            story.put("title", "Hand-made brief sections over the seed articles");
            ObjectNode brief = (ObjectNode) story.get("brief");
            fixture.properties().forEach(e -> brief.set(e.getKey(), e.getValue()));
            try (var ps = c.prepareStatement("INSERT INTO stories (id, number, batch, title, articles, independent,"
                    + " newest, outlets, languages, dates, search_text, page)"
                    + " SELECT 's900', 900, batch, ?, articles, independent, newest, outlets, languages, dates,"
                    + " search_text, ? FROM stories WHERE id = 's1'")) {
                ps.setString(1, story.get("title").asText());
                ps.setString(2, json.writeValueAsString(page));
                ps.executeUpdate();
            }
        }
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
