// Runs Mozilla Readability.js on jsdom over the pages a manifest lists, one thread, and prints
// {"seconds", "cpuSeconds", "maxRssMb", "bodies": {id: text}, "metadata": {id: {"title", "byline",
// "publishedTime", "siteName", "lang"}}} as JSON. Pages are read and unzipped before the clock starts, so
// that the time is extraction only, as for the Java extractors.
// Usage: node extract.mjs MANIFEST.json [PASSES]   (a JSON array of {"id", "url"} with the page as "file", a
// gzipped file, or "html", its text): one untimed warm-up pass, as the Java extractors get, then PASSES timed
// passes (default 1), of which the fastest is reported; PASSES 0 runs one pass and no warm-up.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const manifest = JSON.parse(readFileSync(process.argv[2], "utf8"));
const pages = manifest.map((p) => ({ ...p, html: p.html ?? gunzipSync(readFileSync(p.file)).toString("utf8") }));
const quiet = new VirtualConsole();
const BLOCKS = new Set(["P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TR", "BR",
  "SECTION", "ARTICLE", "UL", "OL", "TABLE", "FIGURE", "FIGCAPTION", "DD", "DT"]);

// The article's text with a line break at every block boundary, so that words of two
// paragraphs never run together (textContent would join "end.Next").
function blockText(document, html) {
  const root = document.createElement("div");
  root.innerHTML = html;
  const out = [];
  const walk = (node) => {
    if (node.nodeType === 3) {
      out.push(node.data);
      return;
    }
    const block = node.nodeType === 1 && BLOCKS.has(node.nodeName);
    if (block) out.push("\n");
    for (const child of node.childNodes) walk(child);
    if (block) out.push("\n");
  };
  walk(root);
  return out.join("").replace(/[ \t]*\n\s*/g, "\n").trim();
}
function extractAll(bodies, metadata) {
  for (const page of pages) {
    let text = "";
    let meta = {};
    try {
      const dom = new JSDOM(page.html, { url: page.url || undefined, virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      text = article && article.content ? blockText(dom.window.document, article.content) : "";
      if (article) {
        meta = { title: article.title, byline: article.byline, publishedTime: article.publishedTime,
          siteName: article.siteName, lang: article.lang };
      }
      dom.window.close();
    } catch (e) {
      text = "";
    }
    bodies[page.id] = text;
    metadata[page.id] = meta;
  }
}
const requested = parseInt(process.argv[3] || "1", 10);
const passes = Math.max(1, requested);
if (requested > 0) extractAll({}, {});
const bodies = {};
const metadata = {};
let seconds = Infinity;
let cpuSeconds = Infinity;
for (let pass = 0; pass < passes; pass++) {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  extractAll(bodies, metadata);
  seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9);
  const cpu = process.cpuUsage(cpuStart);
  cpuSeconds = Math.min(cpuSeconds, (cpu.user + cpu.system) / 1e6);
}
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ seconds, cpuSeconds, maxRssMb, bodies, metadata }));
