-- Stories: articles about the same event (wire reprints, rewrites around the same quotation) grouped together, so
-- that counts can say "articles, distinct stories, distinct outlets". Every article belongs to exactly one story
-- (most stories have one article). Grouping happens on import and re-analysis; articles stored before this migration
-- are grouped once at the next start (story_id IS NULL).

CREATE TABLE stories (
    id                  INTEGER PRIMARY KEY,
    title               TEXT    NOT NULL,   -- the first article's title
    first_article_id    INTEGER NOT NULL,
    first_published_at  TEXT    NOT NULL,
    last_published_at   TEXT    NOT NULL
);
CREATE INDEX ix_stories_first_published ON stories(first_published_at);

ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories(id) ON DELETE SET NULL;
CREATE INDEX ix_articles_story ON articles(story_id);
-- Covers "articles, stories, outlets per day or range" without touching the article rows.
CREATE INDEX ix_articles_published_story ON articles(published_at, story_id, source_id);

-- MinHash signature (60 × uint32, little-endian) and the number of distinct 3-word shingles of the normalised body.
CREATE TABLE story_fingerprints (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    shingles    INTEGER NOT NULL,
    simhash     INTEGER NOT NULL,
    minhash     BLOB    NOT NULL
);

-- LSH band keys: articles sharing a key within a window are candidates for the same story.
CREATE TABLE story_bands (
    band          INTEGER NOT NULL,
    published_at  TEXT    NOT NULL,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, published_at, article_id)
) WITHOUT ROWID;
CREATE INDEX ix_story_bands_article ON story_bands(article_id);

-- Hashes of direct quotations (six words or more, normalised): the same words quoted by two outlets.
CREATE TABLE story_quotes (
    quote_key     INTEGER NOT NULL,
    published_at  TEXT    NOT NULL,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_key, published_at, article_id)
) WITHOUT ROWID;
CREATE INDEX ix_story_quotes_article ON story_quotes(article_id);

-- A story whose last article is deleted (e.g. the demo data removed) goes with it.
CREATE TRIGGER articles_story_delete AFTER DELETE ON articles WHEN old.story_id IS NOT NULL BEGIN
    DELETE FROM stories WHERE id = old.story_id AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = old.story_id);
END;
