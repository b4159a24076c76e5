package org.storyfold.store;

import java.util.List;

/**
 * The database's schema as a list of migrations, oldest first: a data folder at version n gets
 * migrations n+1 onward, each in its own transaction, and {@code meta.schema_version} records
 * where it stands. Migrations are only ever appended.
 */
final class Schema {

    /** One step of the schema: the version it brings the database to, and its statements. */
    record Migration(int version, String description, List<String> statements) {
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "articles, copy groups, stories and their pages", List.of(
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    // One row per committed batch: what a resumed ingest and the search index go by.
                    "CREATE TABLE batches (seq INTEGER PRIMARY KEY, finished TEXT NOT NULL, added INTEGER NOT NULL)",
                    "CREATE TABLE articles (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                            + " fingerprint TEXT NOT NULL UNIQUE, batch INTEGER NOT NULL, story TEXT NOT NULL,"
                            + " source TEXT NOT NULL, url TEXT, title TEXT, published TEXT, outlet TEXT, credit TEXT,"
                            + " dateline TEXT, language TEXT, text TEXT NOT NULL, removed TEXT NOT NULL,"
                            + " repairs TEXT NOT NULL, sentences BLOB NOT NULL)",
                    "CREATE INDEX articles_story ON articles (story, n)",
                    "CREATE INDEX articles_batch ON articles (batch)",
                    "CREATE TABLE copy_groups (id INTEGER PRIMARY KEY, original TEXT NOT NULL, kind TEXT NOT NULL,"
                            + " similarity REAL NOT NULL, links TEXT NOT NULL)",
                    "CREATE TABLE copy_members (article TEXT NOT NULL, grp INTEGER NOT NULL, position INTEGER NOT NULL,"
                            + " PRIMARY KEY (article, grp))",
                    "CREATE INDEX copy_members_group ON copy_members (grp)",
                    "CREATE TABLE stories (id TEXT PRIMARY KEY, number INTEGER NOT NULL UNIQUE,"
                            + " batch INTEGER NOT NULL, title TEXT, articles INTEGER NOT NULL,"
                            + " independent INTEGER NOT NULL, newest TEXT NOT NULL, outlets TEXT NOT NULL,"
                            + " languages TEXT NOT NULL, dates TEXT NOT NULL, search_text TEXT NOT NULL,"
                            + " page TEXT NOT NULL)",
                    "CREATE INDEX stories_batch ON stories (batch)",
                    // A story merged into another keeps answering at its old id.
                    "CREATE TABLE merged_stories (id TEXT PRIMARY KEY, into_story TEXT NOT NULL, batch INTEGER NOT NULL)",
                    "CREATE INDEX merged_stories_batch ON merged_stories (batch)")),
            // Rows written before keep nulls: their pages stated none of these, or they were not kept.
            // Copy links gain their edits inside copy_groups.links (null where written before).
            new Migration(2, "the metadata pages state: modification date, authors, language, canonical address",
                    List.of(
                    "ALTER TABLE articles ADD COLUMN modified TEXT",
                    "ALTER TABLE articles ADD COLUMN authors TEXT",
                    // The language the page states; articles.language is the one searched (stated, else guessed).
                    "ALTER TABLE articles ADD COLUMN stated_language TEXT",
                    "ALTER TABLE articles ADD COLUMN canonical TEXT")),
            // SQLite cannot drop a NOT NULL: the stories table is made again with its rows.
            new Migration(3, "a story none of whose articles is dated has no date (was the day it last changed);"
                    + " the names the briefs found for one entity, for search; the storylines", List.of(
                    "CREATE TABLE stories_v3 (id TEXT PRIMARY KEY, number INTEGER NOT NULL UNIQUE,"
                            + " batch INTEGER NOT NULL, title TEXT, articles INTEGER NOT NULL,"
                            + " independent INTEGER NOT NULL, newest TEXT, outlets TEXT NOT NULL,"
                            + " languages TEXT NOT NULL, dates TEXT NOT NULL, search_text TEXT NOT NULL,"
                            + " page TEXT NOT NULL)",
                    "INSERT INTO stories_v3 SELECT id, number, batch, title, articles, independent, newest, outlets,"
                            + " languages, dates, search_text, page FROM stories",
                    "DROP TABLE stories",
                    "ALTER TABLE stories_v3 RENAME TO stories",
                    "CREATE INDEX stories_batch ON stories (batch)",
                    "CREATE TABLE names (name TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (name, entity))",
                    "CREATE INDEX names_nocase ON names (name COLLATE NOCASE)",
                    "CREATE INDEX names_entity ON names (entity)",
                    // The storylines as last linked: each story's storyline, position and link to the one before.
                    "CREATE TABLE storylines (story TEXT PRIMARY KEY, storyline TEXT NOT NULL, position INTEGER NOT NULL,"
                            + " reason TEXT, ordered INTEGER NOT NULL)",
                    "CREATE INDEX storylines_line ON storylines (storyline, position)")),
            // A batch stores its stories with their new members at once and their briefs after, written
            // without the ingest lock; a story stays listed here until its brief for that batch is in.
            new Migration(4, "stories whose brief is still being written", List.of(
                    "CREATE TABLE briefs_due (story TEXT PRIMARY KEY, batch INTEGER NOT NULL)")),
            // What storyfold watch follows and has fetched. A fetched address's row is written in the
            // transaction of the batch that stores its article, so a crash never stores it twice.
            new Migration(5, "watched sources, fetched addresses, article revisions, saved searches", List.of(
                    "CREATE TABLE watch_sources (url TEXT PRIMARY KEY, kind TEXT NOT NULL, named_as TEXT NOT NULL,"
                            + " title TEXT, etag TEXT, last_modified TEXT, next_due INTEGER NOT NULL DEFAULT 0,"
                            + " last_polled TEXT, last_outcome TEXT, last_error TEXT, failures INTEGER NOT NULL DEFAULT 0,"
                            + " entries INTEGER NOT NULL DEFAULT 0, added INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL)",
                    // One row per canonical address: the article holding its latest revision, or why it was skipped.
                    "CREATE TABLE watch_items (url TEXT PRIMARY KEY, article TEXT, entry TEXT NOT NULL,"
                            + " revisions INTEGER NOT NULL DEFAULT 0, skipped TEXT, feed TEXT, first_seen TEXT NOT NULL,"
                            + " last_changed TEXT NOT NULL)",
                    "CREATE INDEX watch_items_article ON watch_items (article)",
                    "CREATE TABLE article_revisions (article TEXT PRIMARY KEY, url TEXT NOT NULL,"
                            + " revision INTEGER NOT NULL, fetched TEXT NOT NULL)",
                    "CREATE INDEX article_revisions_url ON article_revisions (url, revision)",
                    // An article that a later revision of its page replaced: its story shows the latest.
                    "ALTER TABLE articles ADD COLUMN superseded_by TEXT",
                    "CREATE TABLE alerts (name TEXT PRIMARY KEY, query TEXT NOT NULL, webhook TEXT,"
                            + " created TEXT NOT NULL)",
                    // Webhook posts still owed, kept until delivered or given up.
                    "CREATE TABLE alert_deliveries (alert TEXT NOT NULL, story TEXT NOT NULL, batch INTEGER NOT NULL,"
                            + " attempts INTEGER NOT NULL DEFAULT 0, next_try INTEGER NOT NULL DEFAULT 0, last_error TEXT,"
                            + " PRIMARY KEY (alert, story))")),
            // Null for rows written before, and for articles whose date states no time and zone.
            new Migration(6, "the publication time with the UTC offset the page states",
                    List.of("ALTER TABLE articles ADD COLUMN published_time TEXT")),
            // A store opened before remembers nothing yet: its next batches find their furniture alone,
            // as before, and remember from then on (FurnitureMemory).
            new Migration(7, "which stored articles print each paragraph, and the paragraphs found furniture,"
                    + " so the furniture rule sees across batches", List.of(
                    "CREATE TABLE paragraph_printers (hash INTEGER NOT NULL, article TEXT NOT NULL,"
                            + " PRIMARY KEY (hash, article))",
                    "CREATE TABLE furniture_paragraphs (hash INTEGER PRIMARY KEY, batch INTEGER NOT NULL)")));

    /** The version this storyfold writes. */
    static final int CURRENT = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {
    }
}
