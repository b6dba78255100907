namespace MediaMonitor.Core.Demo;

/// <summary>What to generate: <paramref name="Articles"/> articles dated over the <paramref name="Days"/> days ending at <paramref name="EndDate"/>.</summary>
public sealed record DemoOptions(int Articles, DateOnly EndDate, int Days = 90, int Seed = 1);
