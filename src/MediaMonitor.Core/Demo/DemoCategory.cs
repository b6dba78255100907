namespace MediaMonitor.Core.Demo;

/// <summary>A category of demo articles; <see cref="Key"/> is the value of <c>ArticleDraft.Category</c>.</summary>
public sealed record DemoCategory(string Key, string ArabicName, string EnglishName);
