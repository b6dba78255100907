namespace MediaMonitor.Analysis.Quotes;

public enum QuoteKind
{
    /// <summary>Reproduced inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech without marks: قال X إن …, أكد أن …</summary>
    Indirect,
}

public enum SpeakerType
{
    Unknown,
    Person,
    Organization,

    /// <summary>A statement, report or letter whose issuer the article does not name.</summary>
    Document,
}

/// <summary>
/// Who said it. <see cref="Name"/> is the fullest form the article gives (الكاظمي → مصطفى الكاظمي, الوكالة → the
/// agency named before); <see cref="Mention"/> is the span of the words that designate the speaker for this
/// quotation (the subject of its cue, or, for a carried-over speaker, the earlier mention it was resolved from).
/// </summary>
public sealed record QuoteSpeaker(string Name, TextSpan Mention, SpeakerType Type);

/// <summary>
/// One quotation. <see cref="Text"/> is exactly the original characters of <see cref="Span"/>: for a direct
/// quotation everything between the marks, for an indirect one the reported clause.
/// </summary>
public sealed record Quotation(string Text, TextSpan Span, QuoteKind Kind, QuoteSpeaker? Speaker, string Cue, TextSpan? CueSpan);
