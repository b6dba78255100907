-- MediaMonitor schema, first cut. Dates are ISO-8601 UTC text ('yyyy-MM-ddTHH:mm:ssZ'), days 'yyyy-MM-dd' (UTC).
-- Dashboards read the *_day rollups, never articles, so every per-day query is an index range scan.

-- Small facts about the database itself (e.g. which version of the starter registry was seeded).
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    kind        TEXT    NOT NULL DEFAULT 'file' CHECK (kind IN ('file', 'feed', 'web', 'demo')),
    url         TEXT,
    is_demo     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL
);

CREATE TABLE import_runs (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT,
    initiated_by  TEXT    NOT NULL,
    inputs        TEXT    NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
    imported      INTEGER NOT NULL DEFAULT 0,
    duplicates    INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0,
    skipped       INTEGER NOT NULL DEFAULT 0,
    message       TEXT
);

CREATE TABLE import_errors (
    id        INTEGER PRIMARY KEY,
    run_id    INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    file      TEXT    NOT NULL,
    position  TEXT    NOT NULL,
    reason    TEXT    NOT NULL
);
CREATE INDEX ix_import_errors_run ON import_errors(run_id);

CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    source_id         INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    external_id       TEXT,
    url               TEXT,
    title             TEXT    NOT NULL,
    author            TEXT,
    dateline          TEXT,
    summary           TEXT,
    category          TEXT,
    published_at      TEXT    NOT NULL,
    date_estimated    INTEGER NOT NULL DEFAULT 0,
    body              TEXT    NOT NULL,
    content_hash      TEXT    NOT NULL UNIQUE,
    imported_at       TEXT    NOT NULL,
    import_run_id     INTEGER REFERENCES import_runs(id) ON DELETE SET NULL,
    analysis_version  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_articles_published ON articles(published_at);
CREATE INDEX ix_articles_source_published ON articles(source_id, published_at);

CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    key         TEXT    UNIQUE,  -- stable id of registry entries (starter registry, demo world); null for discovered actors
    name_ar     TEXT    NOT NULL,
    name_en     TEXT,
    type        TEXT    NOT NULL CHECK (type IN ('person', 'organization', 'place')),
    status      TEXT    NOT NULL DEFAULT 'discovered' CHECK (status IN ('curated', 'discovered', 'ignored')),
    gender      TEXT    CHECK (gender IN ('m', 'f')),
    role        TEXT,
    country     TEXT,
    kind        TEXT,
    is_demo     INTEGER NOT NULL DEFAULT 0,
    first_seen  TEXT,
    created_at  TEXT    NOT NULL
);
-- Names are not unique (two parties may share one); discovered actors are found again through their aliases.
CREATE INDEX ix_actors_name ON actors(name_ar);

CREATE TABLE actor_aliases (
    alias_norm  TEXT    NOT NULL,
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias       TEXT    NOT NULL,
    PRIMARY KEY (alias_norm, actor_id)
) WITHOUT ROWID;
CREATE INDEX ix_actor_aliases_actor ON actor_aliases(actor_id);

CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    length      INTEGER NOT NULL,
    surface     TEXT    NOT NULL
);
CREATE INDEX ix_mentions_article ON mentions(article_id);
CREATE INDEX ix_mentions_actor_article ON mentions(actor_id, article_id);

CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start             INTEGER NOT NULL,
    length            INTEGER NOT NULL,
    text              TEXT    NOT NULL,
    kind              TEXT    NOT NULL CHECK (kind IN ('direct', 'indirect')),
    speaker_actor_id  INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    speaker_text      TEXT,
    speaker_start     INTEGER,
    speaker_length    INTEGER,
    cue               TEXT
);
CREATE INDEX ix_quotes_article ON quotes(article_id);
CREATE INDEX ix_quotes_speaker_article ON quotes(speaker_actor_id, article_id);

CREATE TABLE topics (
    id         INTEGER PRIMARY KEY,
    key        TEXT    NOT NULL UNIQUE,
    name_ar    TEXT    NOT NULL,
    name_en    TEXT    NOT NULL,
    rule       TEXT    NOT NULL,
    threshold  REAL    NOT NULL DEFAULT 1
);

CREATE TABLE article_topics (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    topic_id    INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    score       REAL    NOT NULL,
    PRIMARY KEY (article_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX ix_article_topics_topic ON article_topics(topic_id, article_id);

-- Daily rollups, kept in step by imports and re-analysis, per source so that outlet filters stay index-only.
CREATE TABLE source_day (
    day        TEXT    NOT NULL,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    articles   INTEGER NOT NULL DEFAULT 0,
    quotes     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, source_id)
) WITHOUT ROWID;
CREATE INDEX ix_source_day_source ON source_day(source_id, day);

CREATE TABLE actor_day (
    day        TEXT    NOT NULL,
    actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    articles   INTEGER NOT NULL DEFAULT 0,
    mentions   INTEGER NOT NULL DEFAULT 0,
    quotes     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, actor_id, source_id)
) WITHOUT ROWID;
CREATE INDEX ix_actor_day_actor ON actor_day(actor_id, day);

CREATE TABLE topic_day (
    day        TEXT    NOT NULL,
    topic_id   INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    articles   INTEGER NOT NULL DEFAULT 0,
    quotes     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, topic_id, source_id)
) WITHOUT ROWID;
CREATE INDEX ix_topic_day_topic ON topic_day(topic_id, day);

-- Full-text index over *normalised* title and body (alef/hamza/ya/ta-marbuta folded), keyed by article id.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = old.id;
END;
