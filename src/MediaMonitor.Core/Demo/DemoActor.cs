namespace MediaMonitor.Core.Demo;

public enum DemoActorType
{
    Person,
    Organization,
    Place,
}

/// <summary>Grammatical gender of an actor as a subject, which decides قال/قالت and وأضاف/وأضافت.</summary>
public enum DemoGender
{
    Masculine,
    Feminine,
}

/// <summary>
/// A fictional actor of the demo world. <see cref="Aliases"/> are the other surface forms the corpus uses
/// for it (surname alone, short form of an organisation); every mention in generated text is either the
/// canonical <see cref="ArabicName"/> or one of these.
/// </summary>
/// <param name="Key">Stable slug, unique across actors.</param>
/// <param name="Gender">Null for places.</param>
/// <param name="Role">What a person is (e.g. "وزيرة خارجية جمهورية نوريا"); what an organisation or place is otherwise.</param>
/// <param name="Country">English name of the fictional country the actor belongs to; null for regional actors.</param>
/// <param name="EmergesInLastDays">When set, the actor only appears in articles dated within this many days of the end date.</param>
public sealed record DemoActor(
    string Key,
    string ArabicName,
    string EnglishName,
    DemoActorType Type,
    IReadOnlyList<string> Aliases,
    DemoGender? Gender,
    string? Role,
    string? Country,
    int? EmergesInLastDays = null);
