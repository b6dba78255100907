using MediaMonitor.Web.Features.Common;

namespace MediaMonitor.Web.Tests.Features.Common;

public sealed class SpeakerPaletteTests
{
    [Fact]
    public void TheSameSpeakerAlwaysGetsTheSameColour()
    {
        Assert.Equal(SpeakerPalette.For(570, "الكاظمي"), SpeakerPalette.For(570, null));
        Assert.Equal(SpeakerPalette.For(null, "متحدث"), SpeakerPalette.ForKey(SpeakerPalette.Key(null, " متحدث ")));
    }

    [Fact]
    public void TheIndexDoesNotDependOnTheProcessesStringHashing()
    {
        // FNV-1a of "actor:1", computed independently of string.GetHashCode (which changes between processes).
        var hash = 2166136261u;
        foreach (var c in "actor:1")
        {
            hash = (hash ^ c) * 16777619u;
        }

        Assert.Equal((int)(hash % (uint)SpeakerPalette.Count), SpeakerPalette.Index("actor:1"));
    }

    [Fact]
    public void ColoursSpreadOverThePaletteAndUnknownSpeakersAreGrey()
    {
        var used = Enumerable.Range(1, 200).Select(i => SpeakerPalette.For(i, null).Solid).Distinct().Count();

        Assert.Equal(SpeakerPalette.Count, used);
        Assert.Equal(SpeakerPalette.Unknown, SpeakerPalette.For(null, "  "));
        Assert.StartsWith("rgba(", SpeakerPalette.For(3, null).Tint, StringComparison.Ordinal);
    }
}
