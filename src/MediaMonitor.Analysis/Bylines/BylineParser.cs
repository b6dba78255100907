using System.Text;

namespace MediaMonitor.Analysis.Bylines;

/// <summary>
/// Reads Arabic byline and dateline lines such as "هدى جاسم، وكالات (بغداد)", "القاهرة- أحمد الريدي",
/// "العربية.نت – عهد فاضل", "الرياض - الوئام :" or "الوئام - رويترز:". Pure and thread-safe.
/// </summary>
/// <remarks>
/// The line is cut into parts at dashes, commas, colons and bars (not inside brackets or quotes); each part is
/// looked up in small lists of places, agencies and outlets, and what no list knows is judged by its shape: a
/// dotted site name or "صحيفة …" is an outlet, a short run of words is a person.
/// </remarks>
public static class BylineParser
{
    private const int MaxBylineLength = 120;
    private const int MaxBylineWords = 14;
    private const int MaxNameWords = 6;
    private const int MaxStrictNameWords = 4;

    /// <summary>Parses one byline line; never throws, gives <see cref="Byline.Empty"/> when nothing is recognised.</summary>
    public static Byline Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return Byline.Empty;
        }

        return Build(ParseParts(line));
    }

    /// <summary>
    /// Whether <paramref name="line"/> reads as a byline and not as a title or a sentence: short, at least two
    /// parts, at least one of them a known place, agency or outlet, and every other part shaped like a name.
    /// Used to recognise a byline on the first line of a plain-text article.
    /// </summary>
    public static bool TryParseBylineLine(string line, out Byline byline)
    {
        byline = Byline.Empty;
        if (string.IsNullOrWhiteSpace(line))
        {
            return false;
        }

        var trimmed = line.Trim();
        if (trimmed.Length > MaxBylineLength
            || trimmed.Contains('\n', StringComparison.Ordinal)
            || trimmed.AsSpan().IndexOfAny("?!؟") >= 0
            || trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxBylineWords)
        {
            return false;
        }

        var parts = ParseParts(trimmed);
        if (parts.Count < 2 || !parts.Any(p => p.Known))
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Kind == PartKind.Noise || (!part.Known && part.Kind != PartKind.Person))
            {
                return false;
            }

            if (part.Kind == PartKind.Person && !LooksLikeName(part.Text))
            {
                return false;
            }
        }

        if (parts.Count(p => p.Kind == PartKind.Person) > 3)
        {
            return false;
        }

        byline = Build(parts);
        return true;
    }

    /// <summary>Shorthand for <see cref="TryParseBylineLine"/> when the parsed byline is not needed.</summary>
    public static bool IsBylineLine(string line) => TryParseBylineLine(line, out _);

    private static List<Part> ParseParts(string line)
    {
        var cleaned = Clean(line);
        if (cleaned.Length == 0 || Guid.TryParse(cleaned, out _))
        {
            return [];
        }

        var parts = new List<Part>();
        foreach (var segment in Split(cleaned))
        {
            AddSegment(segment, parts);
        }

        return Resolve(parts);
    }

    private static string Clean(string line)
    {
        // Scraped bylines carry entity leftovers and bidi marks that are no part of any name.
        var sb = new StringBuilder(line.Length);
        foreach (var c in line.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase))
        {
            if (c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF')
            {
                continue;
            }

            sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        var text = sb.ToString().Trim();

        // "العربية. نت" is the same site as "العربية.نت"; rejoin it before the dot is read as anything else.
        text = text.Replace(". نت", ".نت", StringComparison.Ordinal).Replace(" .نت", ".نت", StringComparison.Ordinal);
        return CollapseSpaces(text);
    }

    private static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Cuts at separators that are not inside brackets or quotes.</summary>
    private static List<string> Split(string text)
    {
        var segments = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var inStraightQuote = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '(' or '[' or '«' or '“':
                    depth++;
                    break;
                case ')' or ']' or '»' or '”':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '"':
                    inStraightQuote = !inStraightQuote;
                    break;
            }

            if (depth == 0 && !inStraightQuote && IsSeparator(text, i))
            {
                segments.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        segments.Add(current.ToString());
        return segments;
    }

    private static bool IsSeparator(string text, int i) => text[i] switch
    {
        '-' or '–' or '—' or '‒' or '−' or '،' or ',' or ';' or '؛' or ':' or '|' or '/' => true,

        // Tatweel is a dash only when it stands apart ("دبي ـ العربية.نت"), not when it stretches a word.
        'ـ' => (i == 0 || text[i - 1] == ' ') || (i == text.Length - 1 || text[i + 1] == ' '),
        _ => false,
    };

    private static void AddSegment(string raw, List<Part> parts)
    {
        var segment = TrimPunctuation(raw);
        if (segment.Length == 0)
        {
            return;
        }

        segment = StripNamePrefix(segment);
        if (segment.Length == 0 || BylineLexicon.Noise.Contains(BylineLexicon.Key(segment)))
        {
            return;
        }

        // "«الاقتصادية» من الرياض", "الاقتصادية الإلكترونية من الرياض"
        var from = segment.IndexOf(" من ", StringComparison.Ordinal);
        if (from > 0)
        {
            var place = Classify(segment[(from + 4)..]);
            if (place.Known && place.Kind is PartKind.Place or PartKind.PlaceOrOutlet)
            {
                AddSegment(segment[..from], parts);
                parts.Add(place);
                return;
            }
        }

        if (segment.EndsWith(')') && segment.LastIndexOf('(') is var open and >= 0)
        {
            AddBracketed(segment[..open], segment[(open + 1)..^1], parts);
            return;
        }

        if (SplitConjunction(segment, parts))
        {
            return;
        }

        parts.Add(Classify(segment));
    }

    /// <summary>
    /// "وكالات (بغداد)", "عكاظ (الرياض)", "واس (سكاكا، القصيم)", "ستراسبورغ (فرنسا)", "(د ب أ)": what follows a name in
    /// brackets is where it was filed from, unless it is itself an agency or outlet.
    /// </summary>
    private static void AddBracketed(string before, string inside, List<Part> parts)
    {
        var mainText = TrimPunctuation(before);
        if (mainText.Length == 0)
        {
            foreach (var piece in Split(inside))
            {
                AddSegment(piece, parts);
            }

            return;
        }

        var main = Classify(mainText);
        if (main.Known && main.Kind == PartKind.Place)
        {
            parts.Add(main);
            return;
        }

        var inner = Split(inside).Select(TrimPunctuation).Where(p => p.Length > 0).Select(Classify).ToList();
        if (inner.Count == 0 || inner.Any(p => p.Kind is PartKind.Person or PartKind.Noise && p.Text.Split(' ').Length > 3))
        {
            parts.Add(Classify(TrimPunctuation(before + "(" + inside + ")")));
            return;
        }

        parts.Add(main);
        foreach (var part in inner)
        {
            if (part.Known && part.Kind is PartKind.Agency or PartKind.Outlet)
            {
                parts.Add(part);
            }
            else if (part.Kind != PartKind.Noise && (part.Known || main.Known || main.Kind == PartKind.Person))
            {
                parts.Add(part with { Kind = PartKind.Place, Known = part.Known });
            }
        }
    }

    /// <summary>"العربية.نت ووكالات" → outlet and agency; "علي حسن و سعد زيد" → two people.</summary>
    private static bool SplitConjunction(string segment, List<Part> parts)
    {
        var words = segment.Split(' ');
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i];
            if (word == "و" && i < words.Length - 1)
            {
                parts.Add(Classify(string.Join(' ', words[..i])));
                parts.Add(Classify(string.Join(' ', words[(i + 1)..])));
                return true;
            }

            if (word.Length > 1 && word[0] == 'و')
            {
                var rest = word[1..] + (i < words.Length - 1 ? " " + string.Join(' ', words[(i + 1)..]) : string.Empty);
                var right = Classify(rest);
                var left = Classify(string.Join(' ', words[..i]));
                var knownRight = right.Known && right.Kind is PartKind.Agency or PartKind.Outlet;

                // "ثائر عباس وبولا أسطيح": two full names; a one-word left side is a first name such as "محمد وجيه".
                var twoNames = left.Kind == PartKind.Person && right.Kind == PartKind.Person && i >= 2 && words.Length - i >= 2;
                if (knownRight || twoNames)
                {
                    parts.Add(left);
                    parts.Add(right);
                    return true;
                }
            }
        }

        return false;
    }

    private static Part Classify(string text)
    {
        var surface = TrimPunctuation(text);
        var quoted = Unquote(surface);
        if (quoted is not null)
        {
            return new Part(quoted, PartKind.Outlet, Known: true);
        }

        var key = BylineLexicon.Key(surface);
        if (key.Length == 0)
        {
            return new Part(surface, PartKind.Noise, Known: false);
        }

        if (BylineLexicon.Agencies.Contains(key))
        {
            return new Part(surface, PartKind.Agency, Known: true);
        }

        if (BylineLexicon.PlacesOrOutlets.Contains(key))
        {
            return new Part(surface, PartKind.PlaceOrOutlet, Known: true);
        }

        if (BylineLexicon.Places.Contains(key))
        {
            return new Part(surface, PartKind.Place, Known: true);
        }

        if (BylineLexicon.Outlets.Contains(key))
        {
            return new Part(surface, PartKind.Outlet, Known: true);
        }

        var words = key.Split(' ');
        if (words[0] == BylineLexicon.AgencyWord && words.Length > 1)
        {
            return new Part(surface, PartKind.Agency, Known: true);
        }

        if (IsSiteName(surface) || (words.Length > 1 && (BylineLexicon.OutletLeads.Contains(words[0]) || BylineLexicon.OutletTails.Contains(words[^1]))))
        {
            return new Part(surface, PartKind.Outlet, Known: true);
        }

        if (!surface.Any(char.IsLetter) || surface.Any(char.IsDigit) || words.Length > MaxNameWords)
        {
            return new Part(surface, PartKind.Noise, Known: false);
        }

        if (!surface.Any(IsArabicLetter))
        {
            // A Latin name is two to four capitalised words; anything else Latin here is a date, an id or a label.
            var latinWords = surface.Split(' ');
            var isName = latinWords.Length is >= 2 and <= MaxStrictNameWords && latinWords.All(w => char.IsUpper(w[0]));
            return new Part(surface, isName ? PartKind.Person : PartKind.Noise, Known: false);
        }

        // People are seldom named with the article; "البوابة العربية للأخبار التقنية" or "الرياضي" are outlets,
        // except for the few given names and titles that carry it ("الحسين بن …", "الشيخ محمد").
        var looksLikeOutlet = words[0].StartsWith("ال", StringComparison.Ordinal)
            && words[0].Length > 3
            && !BylineLexicon.ArticleNames.Contains(words[0])
            && !words.Contains("بن");
        return new Part(surface, looksLikeOutlet ? PartKind.Outlet : PartKind.Person, Known: false);
    }

    private static List<Part> Resolve(List<Part> parts)
    {
        var hasPlace = parts.Any(p => p.Kind == PartKind.Place);
        var resolved = new List<Part>(parts.Count);
        foreach (var part in parts)
        {
            if (part.Kind == PartKind.PlaceOrOutlet)
            {
                resolved.Add(part with { Kind = hasPlace ? PartKind.Outlet : PartKind.Place });
                hasPlace = true;
            }
            else
            {
                resolved.Add(part);
            }
        }

        if (resolved.Count < 2 || resolved.Any(p => p is { Kind: PartKind.Place, Known: true }))
        {
            return resolved;
        }

        // Names are at least two words, so beside other parts a lone unknown word is a place the list lacks
        // ("سبق- تيماء", "عفيف-الوئام"); and a wire without an outlet carries no personal credit, so a lone unknown
        // part beside an agency is where the wire was filed from ("لا مالبي (كيبيك) - رويترز", "وكالات - عواصم").
        var guesses = Enumerable.Range(0, resolved.Count).Where(i => resolved[i] is { Kind: PartKind.Person, Known: false }).ToList();
        var oneWord = guesses.Where(i => !resolved[i].Text.Contains(' ', StringComparison.Ordinal)).ToList();
        if (oneWord.Count > 0)
        {
            resolved[oneWord[0]] = resolved[oneWord[0]] with { Kind = PartKind.Place };
        }
        else if (guesses.Count == 1 && resolved.Any(p => p.Kind == PartKind.Agency) && !resolved.Any(p => p.Kind == PartKind.Outlet))
        {
            resolved[guesses[0]] = resolved[guesses[0]] with { Kind = PartKind.Place };
        }

        return resolved;
    }

    private static Byline Build(List<Part> parts)
    {
        var authors = parts.Where(p => p.Kind == PartKind.Person).Select(p => p.Text).Distinct(StringComparer.Ordinal).ToList();
        var outlet = parts.FirstOrDefault(p => p.Kind == PartKind.Outlet).Text;
        var agencies = parts.Where(p => p.Kind == PartKind.Agency).Select(p => p.Text).Distinct(StringComparer.Ordinal).ToList();
        var places = parts.Where(p => p.Kind == PartKind.Place).Select(p => p.Text).Distinct(StringComparer.Ordinal).ToList();
        var byline = new Byline(
            authors,
            outlet,
            agencies.Count == 0 ? null : string.Join("، ", agencies),
            places.Count == 0 ? null : string.Join("، ", places));
        return byline.IsEmpty ? Byline.Empty : byline;
    }

    private static bool LooksLikeName(string text)
    {
        var words = BylineLexicon.Key(text).Split(' ');
        return words.Length <= MaxStrictNameWords && !words.Any(BylineLexicon.SentenceMarkers.Contains);
    }

    private static string StripNamePrefix(string segment)
    {
        var space = segment.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && BylineLexicon.NamePrefixes.Contains(BylineLexicon.Key(segment[..space]))
            ? TrimPunctuation(segment[(space + 1)..])
            : segment;
    }

    private static string? Unquote(string text)
    {
        if (text.Length < 3)
        {
            return null;
        }

        var pair = (text[0], text[^1]);
        return pair is ('«', '»') or ('"', '"') or ('“', '”') ? text[1..^1].Trim() : null;
    }

    private static bool IsSiteName(string text)
    {
        var dot = text.LastIndexOf('.');
        if (dot <= 0 || dot == text.Length - 1)
        {
            return false;
        }

        var tail = text[(dot + 1)..].Trim();
        return tail is "نت" or "كوم" or "net" or "com" or "org" or "sa" or "ae" or "eg" or "info" or "news";
    }

    private static string TrimPunctuation(string text) => text.Trim().Trim(':', '.', '،', ',', '|', '-', '–', '—', 'ـ', ';', '؛', '/', ' ');

    private static bool IsArabicLetter(char c) => c is >= '\u0600' and <= '\u06FF' && char.IsLetter(c);

    private enum PartKind
    {
        Person,
        Outlet,
        Agency,
        Place,
        PlaceOrOutlet,
        Noise,
    }

    private readonly record struct Part(string Text, PartKind Kind, bool Known);
}
