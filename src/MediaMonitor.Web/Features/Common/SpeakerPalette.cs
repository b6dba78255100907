using System.Globalization;

namespace MediaMonitor.Web.Features.Common;

/// <summary>A speaker's colour: a solid one for borders and text marks, and a translucent one for backgrounds.</summary>
public sealed record SpeakerColor(string Solid, string Tint);

/// <summary>
/// One colour per speaker, the same on every page and in every session: chosen from a fixed palette by a stable hash of
/// the speaker's key (the actor id when the speaker is linked, else the speaker's words).
/// </summary>
public static class SpeakerPalette
{
    // Distinct hues that keep their contrast on white and on the dark theme's surfaces.
    private static readonly string[] Colors =
    [
        "#1f6fb4", "#c62828", "#2e7d32", "#7b3fa8", "#e06c00", "#00838f",
        "#8d5524", "#c2185b", "#3949ab", "#0b7a5a", "#ad7b00",
    ];

    /// <summary>The colour of quotations whose speaker was not found.</summary>
    public static SpeakerColor Unknown { get; } = Make("#6b6b6b");

    public static int Count => Colors.Length;

    /// <summary>The key that identifies a speaker across the app.</summary>
    public static string Key(long? actorId, string? speakerText) => actorId is { } id
        ? "actor:" + id.ToString(CultureInfo.InvariantCulture)
        : string.IsNullOrWhiteSpace(speakerText) ? "unknown" : "text:" + speakerText.Trim();

    public static SpeakerColor For(long? actorId, string? speakerText) => ForKey(Key(actorId, speakerText));

    public static SpeakerColor ForKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key == "unknown" ? Unknown : Make(Colors[Index(key)]);
    }

    /// <summary>FNV-1a over the key's characters: unlike string.GetHashCode it is the same in every process.</summary>
    internal static int Index(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)Colors.Length);
    }

    private static SpeakerColor Make(string hex)
    {
        var r = Convert.ToInt32(hex[1..3], 16);
        var g = Convert.ToInt32(hex[3..5], 16);
        var b = Convert.ToInt32(hex[5..7], 16);
        return new SpeakerColor(hex, string.Create(CultureInfo.InvariantCulture, $"rgba({r}, {g}, {b}, 0.16)"));
    }
}
