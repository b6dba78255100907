-- Dashboard queries (issue #5). Actor totals per day over all outlets, kept in step with actor_day by triggers (so
-- that every writer of actor_day keeps it right without knowing it exists), and covering indexes for the queries
-- that must read the raw tables (a topic, actor or text filter; co-occurrence).

CREATE TABLE actor_day_all (
    day        TEXT    NOT NULL,
    actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    articles   INTEGER NOT NULL DEFAULT 0,
    mentions   INTEGER NOT NULL DEFAULT 0,
    quotes     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, actor_id)
) WITHOUT ROWID;
CREATE INDEX ix_actor_day_all_actor ON actor_day_all(actor_id, day);

INSERT INTO actor_day_all (day, actor_id, articles, mentions, quotes)
SELECT day, actor_id, SUM(articles), SUM(mentions), SUM(quotes) FROM actor_day GROUP BY day, actor_id;

CREATE TRIGGER actor_day_all_insert AFTER INSERT ON actor_day BEGIN
    INSERT INTO actor_day_all (day, actor_id, articles, mentions, quotes)
    VALUES (NEW.day, NEW.actor_id, NEW.articles, NEW.mentions, NEW.quotes)
    ON CONFLICT (day, actor_id) DO UPDATE SET articles = articles + excluded.articles,
        mentions = mentions + excluded.mentions, quotes = quotes + excluded.quotes;
END;

CREATE TRIGGER actor_day_all_update AFTER UPDATE ON actor_day BEGIN
    UPDATE actor_day_all SET articles = articles - OLD.articles, mentions = mentions - OLD.mentions, quotes = quotes - OLD.quotes
    WHERE day = OLD.day AND actor_id = OLD.actor_id;
    INSERT INTO actor_day_all (day, actor_id, articles, mentions, quotes)
    VALUES (NEW.day, NEW.actor_id, NEW.articles, NEW.mentions, NEW.quotes)
    ON CONFLICT (day, actor_id) DO UPDATE SET articles = articles + excluded.articles,
        mentions = mentions + excluded.mentions, quotes = quotes + excluded.quotes;
END;

CREATE TRIGGER actor_day_all_delete AFTER DELETE ON actor_day BEGIN
    UPDATE actor_day_all SET articles = articles - OLD.articles, mentions = mentions - OLD.mentions, quotes = quotes - OLD.quotes
    WHERE day = OLD.day AND actor_id = OLD.actor_id;
    DELETE FROM actor_day_all WHERE day = OLD.day AND actor_id = OLD.actor_id AND articles <= 0 AND mentions <= 0 AND quotes <= 0;
END;

-- The filtered articles (day range, outlets) from the index alone, without touching the article rows.
CREATE INDEX ix_articles_published_source ON articles(published_at, source_id);

-- Joins from a set of articles to their actors and speakers, index-only. They replace the single-column indexes,
-- which they serve as well.
CREATE INDEX ix_mentions_article_actor ON mentions(article_id, actor_id);
DROP INDEX ix_mentions_article;
CREATE INDEX ix_quotes_article_speaker ON quotes(article_id, speaker_actor_id);
DROP INDEX ix_quotes_article;
