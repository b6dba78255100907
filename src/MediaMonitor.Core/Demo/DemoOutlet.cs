namespace MediaMonitor.Core.Demo;

public enum DemoOutletKind
{
    Newspaper,
    Television,
    Website,
    Magazine,
    Agency,
}

/// <summary>A fictional outlet or news agency; <see cref="Source"/> is what demo articles carry as their source.</summary>
public sealed record DemoOutlet(string Key, string ArabicName, string EnglishName, DemoOutletKind Kind, string City)
{
    public string Source { get; } = ArabicName + DemoCorpus.SourceMarker;
}
