using System.Globalization;

namespace MediaMonitor.Web.Features.Common;

/// <summary>How dates and numbers read in the UI: ISO dates in UTC, grouped digits.</summary>
public static class Display
{
    public static string DateTime(string isoUtc) =>
        DateTimeOffset.TryParse(isoUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : isoUtc;

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
