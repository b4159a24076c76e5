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
            // Null for rows written before, and for articles whose date states no time and zone.
            new Migration(3, "the publication time with the UTC offset the page states",
                    List.of("ALTER TABLE articles ADD COLUMN published_time TEXT")));

    /** The version this storyfold writes. */
    static final int CURRENT = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {
    }
}
