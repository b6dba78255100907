namespace MediaMonitor.Analysis.Actors;

public enum ActorType
{
    Person,
    Organization,
    Place,
}

/// <summary>
/// One mention of an actor. <see cref="Name"/> is the fullest form the article gives (every surface form of one
/// actor carries the same name, so الكاظمي and رئيس الحكومة العراقية مصطفى الكاظمي group together);
/// <see cref="Span"/> covers the words as written, without a leading clitic (و, ب, ل …).
/// </summary>
public sealed record ActorMention(string Name, TextSpan Span, ActorType Type);
